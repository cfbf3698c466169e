<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>WorkflowSteps</name>
    <message>
        <location filename="../app/gui/workflow_steps.cpp" line="8"/>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location filename="../app/gui/workflow_steps.cpp" line="10"/>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <location filename="../app/gui/workflow_steps.cpp" line="12"/>
        <source>Inspect</source>
        <translation>Untersuchen</translation>
    </message>
    <message>
        <location filename="../app/gui/workflow_steps.cpp" line="14"/>
        <source>Tokenizer</source>
        <translation>Tokenizer</translation>
    </message>
    <message>
        <location filename="../app/gui/workflow_steps.cpp" line="16"/>
        <source>Mixture</source>
        <translation>Mischung</translation>
    </message>
    <message>
        <location filename="../app/gui/workflow_steps.cpp" line="18"/>
        <source>Train</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../app/gui/workflow_steps.cpp" line="20"/>
        <source>Evaluate</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location filename="../app/gui/workflow_steps.cpp" line="22"/>
        <source>Compare</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <location filename="../app/gui/workflow_steps.cpp" line="29"/>
        <source>See what the open project holds: its datasets, the runs started on them and what they produced.</source>
        <translation>Sehen Sie, was das geöffnete Projekt enthält: seine Datensätze, die darauf gestarteten Läufe und ihre Ergebnisse.</translation>
    </message>
    <message>
        <location filename="../app/gui/workflow_steps.cpp" line="32"/>
        <source>Bring corpora into the project (plain text, JSON Lines, .jsonl.zst, .gz), map their text and metadata fields, and filter or deduplicate them into derived datasets that remember where they came from.</source>
        <translation>Korpora ins Projekt holen (Klartext, JSON Lines, .jsonl.zst, .gz), ihre Text- und Metadatenfelder zuordnen und sie zu abgeleiteten Datensätzen filtern oder deduplizieren, die ihre Herkunft kennen.</translation>
    </message>
    <message>
        <location filename="../app/gui/workflow_steps.cpp" line="36"/>
        <source>Look inside a dataset before training on it: document lengths, quality signals, duplicates, perplexity under a reference model and topic clusters.</source>
        <translation>Einen Datensatz vor dem Training genau ansehen: Dokumentlängen, Qualitätssignale, Duplikate, Perplexität unter einem Referenzmodell und Themencluster.</translation>
    </message>
    <message>
        <location filename="../app/gui/workflow_steps.cpp" line="39"/>
        <source>Train a SentencePiece tokenizer on your data or reuse an existing one, and see how many tokens each source needs per word.</source>
        <translation>Einen SentencePiece-Tokenizer auf Ihren Daten trainieren oder einen vorhandenen weiterverwenden und sehen, wie viele Tokens jede Quelle pro Wort braucht.</translation>
    </message>
    <message>
        <location filename="../app/gui/workflow_steps.cpp" line="42"/>
        <source>Decide how much of each source goes into training, including how much general data to replay so the model keeps what it knew.</source>
        <translation>Festlegen, wie viel von jeder Quelle ins Training geht, einschließlich wie viele allgemeine Daten wiederholt werden, damit das Modell behält, was es wusste.</translation>
    </message>
    <message>
        <location filename="../app/gui/workflow_steps.cpp" line="45"/>
        <source>Start continued pre-training or supervised fine-tuning, optionally with metadata conditioning, and follow loss and throughput while it runs.</source>
        <translation>Fortgesetztes Vortraining oder überwachtes Feintuning starten, optional mit Metadaten-Konditionierung, und Verlust und Durchsatz während des Laufs verfolgen.</translation>
    </message>
    <message>
        <location filename="../app/gui/workflow_steps.cpp" line="48"/>
        <source>Measure a checkpoint: held-out loss per source, multiple-choice accuracy and sample generations.</source>
        <translation>Einen Checkpoint messen: zurückgehaltener Verlust pro Quelle, Multiple-Choice-Genauigkeit und Beispielgenerierungen.</translation>
    </message>
    <message>
        <location filename="../app/gui/workflow_steps.cpp" line="51"/>
        <source>Put several runs side by side: overlaid metrics, the differences in their configuration, and charts and tables to export.</source>
        <translation>Mehrere Läufe nebeneinanderstellen: überlagerte Metriken, die Unterschiede ihrer Konfiguration sowie Diagramme und Tabellen zum Exportieren.</translation>
    </message>
</context>
<context>
    <name>adaptlab::JobListModel</name>
    <message>
        <location filename="../widgets/job_list_model.cpp" line="149"/>
        <source>(untitled job)</source>
        <translation>(Auftrag ohne Titel)</translation>
    </message>
    <message>
        <location filename="../widgets/job_list_model.cpp" line="153"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../widgets/job_list_model.cpp" line="155"/>
        <source>%1 (signal %2)</source>
        <translation>%1 (Signal %2)</translation>
    </message>
    <message>
        <location filename="../widgets/job_list_model.cpp" line="157"/>
        <source>%1 (exit code %2)</source>
        <translation>%1 (Exit-Code %2)</translation>
    </message>
    <message>
        <location filename="../widgets/job_list_model.cpp" line="164"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../widgets/job_list_model.cpp" line="181"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../widgets/job_list_model.cpp" line="198"/>
        <source>Job</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <location filename="../widgets/job_list_model.cpp" line="200"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../widgets/job_list_model.cpp" line="202"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location filename="../widgets/job_list_model.cpp" line="204"/>
        <source>ETA</source>
        <translation>Restzeit</translation>
    </message>
    <message>
        <location filename="../widgets/job_list_model.cpp" line="235"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../widgets/job_list_model.cpp" line="237"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location filename="../widgets/job_list_model.cpp" line="238"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../widgets/job_list_model.cpp" line="245"/>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <location filename="../widgets/job_list_model.cpp" line="247"/>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location filename="../widgets/job_list_model.cpp" line="249"/>
        <source>Stopping…</source>
        <translation>Wird angehalten…</translation>
    </message>
    <message>
        <location filename="../widgets/job_list_model.cpp" line="251"/>
        <source>Finished</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location filename="../widgets/job_list_model.cpp" line="253"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../widgets/job_list_model.cpp" line="255"/>
        <source>Stopped</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <location filename="../widgets/job_list_model.cpp" line="257"/>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
</context>
<context>
    <name>adaptlab::JobRunner</name>
    <message>
        <location filename="../widgets/job_runner.cpp" line="49"/>
        <source>%1 #%2</source>
        <translation>%1 #%2</translation>
    </message>
    <message>
        <location filename="../widgets/job_runner.cpp" line="210"/>
        <source>(the log is empty)</source>
        <translation>(das Protokoll ist leer)</translation>
    </message>
    <message>
        <location filename="../widgets/job_runner.cpp" line="231"/>
        <source>The job crashed (signal %1). Last lines of its log:
%2</source>
        <translation>Der Auftrag ist abgestürzt (Signal %1). Letzte Zeilen seines Protokolls:
%2</translation>
    </message>
    <message>
        <location filename="../widgets/job_runner.cpp" line="235"/>
        <source>The job exited without reporting a result (exit code 0). Last lines of its log:
%1</source>
        <translation>Der Auftrag wurde beendet, ohne ein Ergebnis zu melden (Exit-Code 0). Letzte Zeilen seines Protokolls:
%1</translation>
    </message>
    <message>
        <location filename="../widgets/job_runner.cpp" line="239"/>
        <source>The job failed with exit code %1. Last lines of its log:
%2</source>
        <translation>Der Auftrag ist mit Exit-Code %1 fehlgeschlagen. Letzte Zeilen seines Protokolls:
%2</translation>
    </message>
    <message>
        <location filename="../widgets/job_runner.cpp" line="254"/>
        <source>The job program %1 could not be started: %2</source>
        <translation>Das Auftragsprogramm %1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <location filename="../widgets/job_runner.cpp" line="329"/>
        <source>This job is already running.</source>
        <translation>Dieser Auftrag läuft bereits.</translation>
    </message>
    <message>
        <location filename="../widgets/job_runner.cpp" line="359"/>
        <source>The job spec was refused: %1</source>
        <translation>Die Auftragsbeschreibung wurde abgelehnt: %1</translation>
    </message>
    <message>
        <location filename="../widgets/job_runner.cpp" line="360"/>
        <source>The job spec was refused: %1: %2</source>
        <translation>Die Auftragsbeschreibung wurde abgelehnt: %1: %2</translation>
    </message>
    <message>
        <location filename="../widgets/job_runner.cpp" line="365"/>
        <source>The job program %1 was not found or is not executable.</source>
        <translation>Das Auftragsprogramm %1 wurde nicht gefunden oder ist nicht ausführbar.</translation>
    </message>
    <message>
        <location filename="../widgets/job_runner.cpp" line="369"/>
        <source>Could not create the run folder %1.</source>
        <translation>Der Laufordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../widgets/job_runner.cpp" line="375"/>
        <source>Could not write the job spec %1: %2</source>
        <translation>Die Auftragsbeschreibung %1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../widgets/job_runner.cpp" line="383"/>
        <source>Could not open the job log %1: %2</source>
        <translation>Das Auftragsprotokoll %1 konnte nicht geöffnet werden: %2</translation>
    </message>
</context>
<context>
    <name>adaptlab::JobsDock</name>
    <message>
        <location filename="../widgets/jobs_dock.cpp" line="25"/>
        <source>Jobs</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <location filename="../widgets/jobs_dock.cpp" line="33"/>
        <source>No jobs yet. Long work (scans, tokenizer training, training runs, evaluations) runs as a separate process and appears here with its progress; it keeps its log in the run folder.</source>
        <translation>Noch keine Aufträge. Lange Arbeiten (Scans, Tokenizer-Training, Trainingsläufe, Bewertungen) laufen als eigener Prozess und erscheinen hier mit ihrem Fortschritt; ihr Protokoll liegt im Laufordner.</translation>
    </message>
    <message>
        <location filename="../widgets/jobs_dock.cpp" line="67"/>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <location filename="../widgets/jobs_dock.cpp" line="69"/>
        <source>Ask the job to stop: it saves a checkpoint where it can and exits. If it does not exit within its grace period, it is killed.</source>
        <translation>Den Auftrag bitten anzuhalten: Er speichert, wo möglich, einen Checkpoint und beendet sich. Beendet er sich nicht innerhalb seiner Karenzzeit, wird er abgebrochen.</translation>
    </message>
    <message>
        <location filename="../widgets/jobs_dock.cpp" line="71"/>
        <source>Open log</source>
        <translation>Protokoll öffnen</translation>
    </message>
    <message>
        <location filename="../widgets/jobs_dock.cpp" line="73"/>
        <source>Open the job&apos;s full log (everything it printed) in the system&apos;s text viewer.</source>
        <translation>Das vollständige Protokoll des Auftrags (alles, was er ausgegeben hat) im Textbetrachter des Systems öffnen.</translation>
    </message>
    <message>
        <location filename="../widgets/jobs_dock.cpp" line="75"/>
        <source>Clear finished</source>
        <translation>Beendete entfernen</translation>
    </message>
    <message>
        <location filename="../widgets/jobs_dock.cpp" line="77"/>
        <source>Remove the jobs that are no longer running from this list. Their run folders and logs are kept.</source>
        <translation>Aufträge, die nicht mehr laufen, aus dieser Liste entfernen. Ihre Laufordner und Protokolle bleiben erhalten.</translation>
    </message>
    <message>
        <location filename="../widgets/jobs_dock.cpp" line="206"/>
        <source>The job</source>
        <translation>Der Auftrag</translation>
    </message>
    <message>
        <location filename="../widgets/jobs_dock.cpp" line="208"/>
        <source>%1 was refused before it started:</source>
        <translation>%1 wurde vor dem Start abgelehnt:</translation>
    </message>
    <message>
        <location filename="../widgets/jobs_dock.cpp" line="210"/>
        <source>%1 crashed (signal %2):</source>
        <translation>%1 ist abgestürzt (Signal %2):</translation>
    </message>
    <message>
        <location filename="../widgets/jobs_dock.cpp" line="212"/>
        <source>%1 failed (exit code %2):</source>
        <translation>%1 ist fehlgeschlagen (Exit-Code %2):</translation>
    </message>
    <message>
        <location filename="../widgets/jobs_dock.cpp" line="214"/>
        <source>%1 failed:</source>
        <translation>%1 ist fehlgeschlagen:</translation>
    </message>
</context>
<context>
    <name>adaptlab::PluginCatalog</name>
    <message>
        <location filename="../widgets/plugin_catalog.cpp" line="43"/>
        <source>not an AdaptLab panel (interface %1, expected %2)</source>
        <translation>kein AdaptLab-Panel (Schnittstelle %1, erwartet %2)</translation>
    </message>
    <message>
        <location filename="../widgets/plugin_catalog.cpp" line="47"/>
        <source>its metadata has no JSON object (the plugin&apos;s .json file is missing)</source>
        <translation>seine Metadaten enthalten kein JSON-Objekt (die .json-Datei des Plugins fehlt)</translation>
    </message>
    <message>
        <location filename="../widgets/plugin_catalog.cpp" line="50"/>
        <source>its metadata has no &quot;name&quot; field</source>
        <translation>seine Metadaten haben kein Feld „name“</translation>
    </message>
    <message>
        <location filename="../widgets/plugin_catalog.cpp" line="53"/>
        <source>its metadata field &quot;order&quot; is not a number</source>
        <translation>sein Metadatenfeld „order“ ist keine Zahl</translation>
    </message>
    <message>
        <location filename="../widgets/plugin_catalog.cpp" line="98"/>
        <source>a panel named &quot;%1&quot; was already loaded from %2</source>
        <translation>ein Panel namens „%1“ wurde bereits aus %2 geladen</translation>
    </message>
    <message>
        <location filename="../widgets/plugin_catalog.cpp" line="119"/>
        <source>its root object does not implement the PanelPlugin interface</source>
        <translation>sein Wurzelobjekt implementiert die PanelPlugin-Schnittstelle nicht</translation>
    </message>
    <message>
        <location filename="../widgets/plugin_catalog.cpp" line="148"/>
        <source>not a Qt plugin</source>
        <translation>kein Qt-Plugin</translation>
    </message>
    <message>
        <location filename="../widgets/plugin_catalog.cpp" line="149"/>
        <source>not a Qt plugin: %1</source>
        <translation>kein Qt-Plugin: %1</translation>
    </message>
    <message>
        <location filename="../widgets/plugin_catalog.cpp" line="164"/>
        <source>its root object does not implement the PanelPlugin interface %1</source>
        <translation>sein Wurzelobjekt implementiert die PanelPlugin-Schnittstelle %1 nicht</translation>
    </message>
</context>
<context>
    <name>adaptlab::gui::AppContext</name>
    <message>
        <location filename="../app/gui/app_context.cpp" line="103"/>
        <source>No project is open. Create or open a project before starting a job.</source>
        <translation>Kein Projekt geöffnet. Legen Sie ein Projekt an oder öffnen Sie eines, bevor Sie einen Auftrag starten.</translation>
    </message>
    <message>
        <location filename="../app/gui/app_context.cpp" line="109"/>
        <source>The job was refused: %1: %2</source>
        <translation>Der Auftrag wurde abgelehnt: %1: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/app_context.cpp" line="130"/>
        <source>%1 (run %2)</source>
        <translation>%1 (Lauf %2)</translation>
    </message>
</context>
<context>
    <name>adaptlab::gui::MainWindow</name>
    <message>
        <location filename="../app/gui/main_window.cpp" line="119"/>
        <source>its metadata names the workflow step &quot;%1&quot;, which this build does not have (known steps: %2)</source>
        <translation>seine Metadaten nennen den Arbeitsschritt „%1“, den dieser Build nicht kennt (bekannte Schritte: %2)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="130"/>
        <source>its createPanel() returned no widget</source>
        <translation>sein createPanel() lieferte kein Widget</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="132"/>
        <source>it failed while creating its panel: %1</source>
        <translation>beim Erzeugen seines Panels ist ein Fehler aufgetreten: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="135"/>
        <source>it failed while creating its panel</source>
        <translation>beim Erzeugen seines Panels ist ein Fehler aufgetreten</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="178"/>
        <source>Plugins</source>
        <translation>Plugins</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/main_window.cpp" line="178"/>
        <source>Plugins (%n failed)</source>
        <translation>
            <numerusform>Plugins (%n fehlgeschlagen)</numerusform>
            <numerusform>Plugins (%n fehlgeschlagen)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="191"/>
        <source>Not available in this build yet</source>
        <translation>In diesem Build noch nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="199"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="200"/>
        <source>&amp;New Project…</source>
        <translation>&amp;Neues Projekt…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="202"/>
        <source>&amp;Open Project…</source>
        <translation>Projekt ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="204"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="208"/>
        <source>&amp;Close Project</source>
        <translation>Projekt s&amp;chließen</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="213"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="216"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="218"/>
        <source>&amp;Jobs</source>
        <translation>&amp;Aufträge</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="221"/>
        <source>&amp;Tools</source>
        <translation>&amp;Werkzeuge</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="222"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="225"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="226"/>
        <source>&amp;About AdaptLab</source>
        <translation>Ü&amp;ber AdaptLab</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="243"/>
        <source>Device: not configured</source>
        <translation>Gerät: nicht eingerichtet</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="249"/>
        <source>Device: %1</source>
        <translation>Gerät: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="251"/>
        <source>CUDA devices visible: %1</source>
        <translation>Sichtbare CUDA-Geräte: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="252"/>
        <source>No CUDA device is visible to this build.</source>
        <translation>Für diesen Build ist kein CUDA-Gerät sichtbar.</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="253"/>
        <source>Torch threads: %1</source>
        <translation>Torch-Threads: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="254"/>
        <source>Cores available to AdaptLab: %1</source>
        <translation>Für AdaptLab verfügbare Kerne: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="255"/>
        <source>BLAS: %1</source>
        <translation>BLAS: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="270"/>
        <source>Cannot Open Project</source>
        <translation>Projekt kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="271"/>
        <source>The folder %1 could not be opened as an AdaptLab project.</source>
        <translation>Der Ordner %1 konnte nicht als AdaptLab-Projekt geöffnet werden.</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="288"/>
        <source>Cannot Create Project</source>
        <translation>Projekt kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="289"/>
        <source>No project could be created in %1.</source>
        <translation>In %1 konnte kein Projekt angelegt werden.</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="310"/>
        <source>%1

The current project stays open.</source>
        <translation>%1

Das aktuelle Projekt bleibt geöffnet.</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="319"/>
        <source>No project open</source>
        <translation>Kein Projekt geöffnet</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="321"/>
        <source>AdaptLab</source>
        <translation>AdaptLab</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="325"/>
        <source>Project: %1</source>
        <translation>Projekt: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="327"/>
        <source>%1 — AdaptLab</source>
        <translation>%1 — AdaptLab</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="339"/>
        <source>No recent projects</source>
        <translation>Keine zuletzt geöffneten Projekte</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="343"/>
        <source>Clear Menu</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="349"/>
        <source>Choose an Empty Folder for the New Project</source>
        <translation>Leeren Ordner für das neue Projekt wählen</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="357"/>
        <source>Open Project Folder</source>
        <translation>Projektordner öffnen</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="379"/>
        <source>Device policy set to %1.</source>
        <translation>Geräterichtlinie auf %1 gesetzt.</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="381"/>
        <source>Cannot Use This Device</source>
        <translation>Dieses Gerät kann nicht verwendet werden</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="381"/>
        <source>The device policy could not be applied.</source>
        <translation>Die Geräterichtlinie konnte nicht angewendet werden.</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="389"/>
        <source>About AdaptLab</source>
        <translation>Über AdaptLab</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="390"/>
        <source>&lt;h3&gt;AdaptLab %1&lt;/h3&gt;&lt;p&gt;A workbench for turning a general language model into a specialist: inspect corpora, plan a data mixture, continue pre-training or fine-tune, and compare what each run learned.&lt;/p&gt;&lt;p&gt;Torch %2 on %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;AdaptLab %1&lt;/h3&gt;&lt;p&gt;Eine Werkbank, um aus einem allgemeinen Sprachmodell einen Spezialisten zu machen: Korpora untersuchen, eine Datenmischung planen, das Vortraining fortsetzen oder feintunen und vergleichen, was jeder Lauf gelernt hat.&lt;/p&gt;&lt;p&gt;Torch %2 auf %3.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>adaptlab::gui::PluginsPage</name>
    <message>
        <location filename="../app/gui/plugins_page.cpp" line="18"/>
        <source>Plugins</source>
        <translation>Plugins</translation>
    </message>
    <message>
        <location filename="../app/gui/plugins_page.cpp" line="19"/>
        <source>Every panel in AdaptLab is a plugin. This list shows each one that was found, the step it belongs to and the file it was loaded from. A plugin that could not be loaded is listed with the reason, and the rest of the app works without it.</source>
        <translation>Jedes Panel in AdaptLab ist ein Plugin. Diese Liste zeigt jedes gefundene Plugin, den Schritt, zu dem es gehört, und die Datei, aus der es geladen wurde. Ein Plugin, das nicht geladen werden konnte, steht mit dem Grund hier, und der Rest der Anwendung funktioniert ohne es.</translation>
    </message>
    <message>
        <location filename="../app/gui/plugins_page.cpp" line="38"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/gui/plugins_page.cpp" line="38"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/gui/plugins_page.cpp" line="38"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location filename="../app/gui/plugins_page.cpp" line="38"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../app/gui/plugins_page.cpp" line="38"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../app/gui/plugins_page.cpp" line="64"/>
        <source>&lt;li&gt;&lt;b&gt;%1&lt;/b&gt;: %2&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;%1&lt;/b&gt;: %2&lt;/li&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/plugins_page.cpp" line="71"/>
        <source>Loaded</source>
        <translation>Geladen</translation>
    </message>
    <message>
        <location filename="../app/gui/plugins_page.cpp" line="71"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/gui/plugins_page.cpp" line="105"/>
        <source>No plugin folder was found next to the program.</source>
        <translation>Neben dem Programm wurde kein Plugin-Ordner gefunden.</translation>
    </message>
    <message>
        <location filename="../app/gui/plugins_page.cpp" line="106"/>
        <source>Searched: %1</source>
        <translation>Durchsucht: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/plugins_page.cpp" line="107"/>
        <source>Plugins loaded: %1.</source>
        <translation>Geladene Plugins: %1.</translation>
    </message>
    <message>
        <location filename="../app/gui/plugins_page.cpp" line="108"/>
        <source>Plugins loaded: %1, failed: %2.</source>
        <translation>Geladene Plugins: %1, fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <location filename="../app/gui/plugins_page.cpp" line="109"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../app/gui/plugins_page.cpp" line="110"/>
        <source>These plugins could not be loaded:&lt;ul&gt;%1&lt;/ul&gt;</source>
        <translation>Diese Plugins konnten nicht geladen werden:&lt;ul&gt;%1&lt;/ul&gt;</translation>
    </message>
</context>
<context>
    <name>adaptlab::gui::SettingsDialog</name>
    <message>
        <location filename="../app/gui/settings_dialog.cpp" line="17"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.cpp" line="20"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.cpp" line="26"/>
        <source>The new language is used the next time AdaptLab starts.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start von AdaptLab.</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.cpp" line="29"/>
        <source>Interface language:</source>
        <translation>Sprache der Oberfläche:</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.cpp" line="32"/>
        <source>Compute device</source>
        <translation>Rechengerät</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.cpp" line="35"/>
        <source>Automatic (CUDA when available, else CPU)</source>
        <translation>Automatisch (CUDA, wenn verfügbar, sonst CPU)</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.cpp" line="36"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.cpp" line="37"/>
        <source>CUDA GPU</source>
        <translation>CUDA-GPU</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.cpp" line="41"/>
        <source>Applies at once to jobs started from now on; running jobs keep their device.</source>
        <translation>Gilt sofort für alle ab jetzt gestarteten Aufträge; laufende Aufträge behalten ihr Gerät.</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.cpp" line="47"/>
        <source>No CUDA device is visible to this build of AdaptLab, so CUDA cannot be chosen. Applies at once to jobs started from now on.</source>
        <translation>Für diesen Build von AdaptLab ist kein CUDA-Gerät sichtbar, daher kann CUDA nicht gewählt werden. Gilt sofort für alle ab jetzt gestarteten Aufträge.</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.cpp" line="51"/>
        <source>Run models on:</source>
        <translation>Modelle ausführen auf:</translation>
    </message>
</context>
<context>
    <name>adaptlab::gui::StepPage</name>
    <message>
        <location filename="../app/gui/step_page.cpp" line="19"/>
        <source>&lt;b&gt;Not available in this build yet.&lt;/b&gt; No panel for this step is installed, so there is nothing to do here for now. Panels are plugins: when the one for this step is placed in a plugin folder, it appears here the next time AdaptLab starts.</source>
        <translation>&lt;b&gt;In diesem Build noch nicht verfügbar.&lt;/b&gt; Für diesen Schritt ist kein Panel installiert, daher gibt es hier vorerst nichts zu tun. Panels sind Plugins: Sobald das Plugin für diesen Schritt in einem Plugin-Ordner liegt, erscheint es hier beim nächsten Start von AdaptLab.</translation>
    </message>
    <message>
        <location filename="../app/gui/step_page.cpp" line="32"/>
        <source>No plugin folder was found next to the program.</source>
        <translation>Neben dem Programm wurde kein Plugin-Ordner gefunden.</translation>
    </message>
    <message>
        <location filename="../app/gui/step_page.cpp" line="33"/>
        <source>Plugin folders searched:&lt;ul&gt;%1&lt;/ul&gt;</source>
        <translation>Durchsuchte Plugin-Ordner:&lt;ul&gt;%1&lt;/ul&gt;</translation>
    </message>
</context>
<context>
    <name>adaptlab::overview::DatasetTableModel</name>
    <message>
        <location filename="../plugins/overview/dataset_table_model.cpp" line="55"/>
        <source>Not counted yet: inspecting the dataset counts its documents.</source>
        <translation>Noch nicht gezählt: Beim Untersuchen des Datensatzes werden seine Dokumente gezählt.</translation>
    </message>
    <message>
        <location filename="../plugins/overview/dataset_table_model.cpp" line="57"/>
        <source>Not measured yet.</source>
        <translation>Noch nicht gemessen.</translation>
    </message>
    <message>
        <location filename="../plugins/overview/dataset_table_model.cpp" line="69"/>
        <source>not counted</source>
        <translation>nicht gezählt</translation>
    </message>
    <message>
        <location filename="../plugins/overview/dataset_table_model.cpp" line="71"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../plugins/overview/dataset_table_model.cpp" line="82"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../plugins/overview/dataset_table_model.cpp" line="83"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../plugins/overview/dataset_table_model.cpp" line="84"/>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <location filename="../plugins/overview/dataset_table_model.cpp" line="85"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../plugins/overview/dataset_table_model.cpp" line="86"/>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
</context>
<context>
    <name>adaptlab::overview::OverviewPanel</name>
    <message>
        <location filename="../plugins/overview/overview_panel.cpp" line="76"/>
        <source>Project overview</source>
        <translation>Projektübersicht</translation>
    </message>
    <message>
        <location filename="../plugins/overview/overview_panel.cpp" line="77"/>
        <source>A project is one folder that keeps everything an adaptation needs: the datasets you bring in, the tokenizers and token shards made from them, and every run with its settings, log, checkpoints and metrics. Moving the folder moves the project.</source>
        <translation>Ein Projekt ist ein Ordner, der alles enthält, was eine Anpassung braucht: die Datensätze, die Sie einbringen, die daraus erzeugten Tokenizer und Token-Shards sowie jeden Lauf mit seinen Einstellungen, seinem Protokoll, seinen Checkpoints und Metriken. Wer den Ordner verschiebt, verschiebt das Projekt.</translation>
    </message>
    <message>
        <location filename="../plugins/overview/overview_panel.cpp" line="84"/>
        <source>No project is open</source>
        <translation>Kein Projekt geöffnet</translation>
    </message>
    <message>
        <location filename="../plugins/overview/overview_panel.cpp" line="87"/>
        <source>Create a project with File &gt; New Project… (choose an empty folder), or open an existing one with File &gt; Open Project… or File &gt; Open Recent.</source>
        <translation>Legen Sie mit Datei &gt; Neues Projekt… ein Projekt an (wählen Sie einen leeren Ordner) oder öffnen Sie ein vorhandenes mit Datei &gt; Projekt öffnen… oder Datei &gt; Zuletzt geöffnet.</translation>
    </message>
    <message>
        <location filename="../plugins/overview/overview_panel.cpp" line="110"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../plugins/overview/overview_panel.cpp" line="113"/>
        <source>Read the project store again</source>
        <translation>Den Projektspeicher neu einlesen</translation>
    </message>
    <message>
        <location filename="../plugins/overview/overview_panel.cpp" line="120"/>
        <source>datasets</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <location filename="../plugins/overview/overview_panel.cpp" line="121"/>
        <source>Datasets registered in this project, imported and derived.</source>
        <translation>In diesem Projekt erfasste Datensätze, importierte und abgeleitete.</translation>
    </message>
    <message>
        <location filename="../plugins/overview/overview_panel.cpp" line="124"/>
        <source>runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <location filename="../plugins/overview/overview_panel.cpp" line="125"/>
        <source>Jobs started in this project: tokenizer training, training, evaluation and more.</source>
        <translation>In diesem Projekt gestartete Aufträge: Tokenizer-Training, Training, Bewertung und mehr.</translation>
    </message>
    <message>
        <location filename="../plugins/overview/overview_panel.cpp" line="129"/>
        <source>metric points</source>
        <translation>Messpunkte</translation>
    </message>
    <message>
        <location filename="../plugins/overview/overview_panel.cpp" line="130"/>
        <source>Values recorded by runs, such as loss at each step.</source>
        <translation>Von Läufen aufgezeichnete Werte, etwa der Verlust bei jedem Schritt.</translation>
    </message>
    <message>
        <location filename="../plugins/overview/overview_panel.cpp" line="133"/>
        <source>artifacts</source>
        <translation>Artefakte</translation>
    </message>
    <message>
        <location filename="../plugins/overview/overview_panel.cpp" line="134"/>
        <source>Files runs produced: tokenizers, checkpoints, logs.</source>
        <translation>Von Läufen erzeugte Dateien: Tokenizer, Checkpoints, Protokolle.</translation>
    </message>
    <message>
        <location filename="../plugins/overview/overview_panel.cpp" line="146"/>
        <source>No datasets yet. Bring one in with the Data step.</source>
        <translation>Noch keine Datensätze. Holen Sie einen über den Schritt „Daten“ herein.</translation>
    </message>
    <message>
        <location filename="../plugins/overview/overview_panel.cpp" line="147"/>
        <source>No runs yet. Runs appear here when a job is started, for example training a tokenizer.</source>
        <translation>Noch keine Läufe. Läufe erscheinen hier, sobald ein Auftrag gestartet wird, zum Beispiel das Training eines Tokenizers.</translation>
    </message>
    <message>
        <location filename="../plugins/overview/overview_panel.cpp" line="163"/>
        <source>Datasets</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <location filename="../plugins/overview/overview_panel.cpp" line="170"/>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <location filename="../plugins/overview/overview_panel.cpp" line="222"/>
        <source>Project folder: %1</source>
        <translation>Projektordner: %1</translation>
    </message>
    <message>
        <location filename="../plugins/overview/overview_panel.cpp" line="231"/>
        <source>runs: %1 running, %2 done, %3 failed</source>
        <translation>Läufe: %1 aktiv, %2 fertig, %3 Fehler</translation>
    </message>
    <message>
        <location filename="../plugins/overview/overview_panel.cpp" line="244"/>
        <source>The project store could not be read: %1</source>
        <translation>Der Projektspeicher konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>adaptlab::overview::RunTableModel</name>
    <message>
        <location filename="../plugins/overview/run_table_model.cpp" line="27"/>
        <source>queued</source>
        <translation>wartend</translation>
    </message>
    <message>
        <location filename="../plugins/overview/run_table_model.cpp" line="28"/>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location filename="../plugins/overview/run_table_model.cpp" line="29"/>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <location filename="../plugins/overview/run_table_model.cpp" line="30"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../plugins/overview/run_table_model.cpp" line="31"/>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <location filename="../plugins/overview/run_table_model.cpp" line="111"/>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <location filename="../plugins/overview/run_table_model.cpp" line="112"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../plugins/overview/run_table_model.cpp" line="113"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../plugins/overview/run_table_model.cpp" line="114"/>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <location filename="../plugins/overview/run_table_model.cpp" line="115"/>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="32"/>
        <source>Print every panel plugin found (loaded, or with the reason it failed) and exit.</source>
        <translation>Jedes gefundene Panel-Plugin ausgeben (geladen oder mit dem Grund des Fehlschlags) und beenden.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="36"/>
        <source>Render the window into the PNG file FILE and exit (works without a display).</source>
        <translation>Das Fenster in die PNG-Datei DATEI zeichnen und beenden (funktioniert ohne Bildschirm).</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="38"/>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="41"/>
        <source>With --screenshot: show the panel or workflow step called NAME.</source>
        <translation>Mit --screenshot: das Panel oder den Arbeitsschritt namens NAME zeigen.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="43"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="46"/>
        <source>Open the project in folder DIR.</source>
        <translation>Das Projekt im Ordner ORDNER öffnen.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="47"/>
        <source>DIR</source>
        <translation>ORDNER</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="50"/>
        <source>Interface language for this session: en, de or zh_CN.</source>
        <translation>Sprache der Oberfläche für diese Sitzung: en, de oder zh_CN.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="52"/>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="56"/>
        <source>AdaptLab: a workbench for turning a general language model into a specialist.</source>
        <translation>AdaptLab: eine Werkbank, um aus einem allgemeinen Sprachmodell einen Spezialisten zu machen.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="95"/>
        <source>Device policy &quot;%1&quot; cannot be used (%2); using automatic device choice instead.</source>
        <translation>Die Geräterichtlinie „%1“ kann nicht verwendet werden (%2); stattdessen wird das Gerät automatisch gewählt.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="112"/>
        <source>No panel plugins found in: %1</source>
        <translation>Keine Panel-Plugins gefunden in: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="113"/>
        <source>(no plugin folder)</source>
        <translation>(kein Plugin-Ordner)</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="171"/>
        <source>Unknown language &quot;%1&quot;; use en, de or zh_CN.</source>
        <translation>Unbekannte Sprache „%1“; verwenden Sie en, de oder zh_CN.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="193"/>
        <source>Cannot open project %1: %2</source>
        <translation>Projekt %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="204"/>
        <source>No panel or step is called &quot;%1&quot;. Known: %2</source>
        <translation>Kein Panel und kein Schritt heißt „%1“. Bekannt: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="215"/>
        <source>Cannot write the screenshot to %1</source>
        <translation>Der Screenshot kann nicht nach %1 geschrieben werden</translation>
    </message>
</context>
</TS>
