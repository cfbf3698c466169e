<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CorpusText</name>
    <message>
        <location filename="../plugins/corpus/corpus_text.cpp" line="14"/>
        <source>Invalid JSON</source>
        <translation>Ungültiges JSON</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/corpus_text.cpp" line="16"/>
        <source>Text field missing</source>
        <translation>Textfeld fehlt</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/corpus_text.cpp" line="18"/>
        <source>Text field is not a string</source>
        <translation>Textfeld ist keine Zeichenkette</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/corpus_text.cpp" line="20"/>
        <source>Invalid UTF-8</source>
        <translation>Ungültiges UTF-8</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/corpus_text.cpp" line="22"/>
        <source>Record too long</source>
        <translation>Datensatz zu lang</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/corpus_text.cpp" line="24"/>
        <source>Compressed file cut short</source>
        <translation>Komprimierte Datei abgeschnitten</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/corpus_text.cpp" line="26"/>
        <source>Empty file</source>
        <translation>Leere Datei</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/corpus_text.cpp" line="28"/>
        <source>Binary file</source>
        <translation>Binärdatei</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/corpus_text.cpp" line="30"/>
        <source>Unreadable file</source>
        <translation>Nicht lesbare Datei</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/corpus_text.cpp" line="38"/>
        <source>%1, line %2</source>
        <translation>%1, Zeile %2</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/corpus_text.cpp" line="44"/>
        <source>Characters</source>
        <translation>Zeichen</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/corpus_text.cpp" line="45"/>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/corpus_text.cpp" line="46"/>
        <source>Words</source>
        <translation>Wörter</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/corpus_text.cpp" line="47"/>
        <source>Lines</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/corpus_text.cpp" line="48"/>
        <source>Mean word length</source>
        <translation>Mittlere Wortlänge</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/corpus_text.cpp" line="49"/>
        <source>Hashes per word</source>
        <translation>Rauten pro Wort</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/corpus_text.cpp" line="50"/>
        <source>Ellipses per word</source>
        <translation>Auslassungspunkte pro Wort</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/corpus_text.cpp" line="51"/>
        <source>Bullet lines</source>
        <translation>Aufzählungszeilen</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/corpus_text.cpp" line="52"/>
        <source>Lines ending in an ellipsis</source>
        <translation>Zeilen mit Auslassungspunkten am Ende</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/corpus_text.cpp" line="53"/>
        <source>Words with a letter</source>
        <translation>Wörter mit Buchstaben</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/corpus_text.cpp" line="54"/>
        <source>Stop words</source>
        <translation>Stoppwörter</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/corpus_text.cpp" line="55"/>
        <source>Duplicate lines</source>
        <translation>Doppelte Zeilen</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/corpus_text.cpp" line="56"/>
        <source>Duplicate paragraphs</source>
        <translation>Doppelte Absätze</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/corpus_text.cpp" line="57"/>
        <source>Characters in duplicate lines</source>
        <translation>Zeichen in doppelten Zeilen</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/corpus_text.cpp" line="58"/>
        <source>Characters in duplicate paragraphs</source>
        <translation>Zeichen in doppelten Absätzen</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/corpus_text.cpp" line="59"/>
        <location filename="../plugins/corpus/corpus_text.cpp" line="60"/>
        <location filename="../plugins/corpus/corpus_text.cpp" line="61"/>
        <source>Top %1-gram coverage</source>
        <translation>Abdeckung durch das häufigste %1-Gramm</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/corpus_text.cpp" line="62"/>
        <location filename="../plugins/corpus/corpus_text.cpp" line="63"/>
        <location filename="../plugins/corpus/corpus_text.cpp" line="64"/>
        <location filename="../plugins/corpus/corpus_text.cpp" line="65"/>
        <location filename="../plugins/corpus/corpus_text.cpp" line="66"/>
        <location filename="../plugins/corpus/corpus_text.cpp" line="67"/>
        <source>Duplicate %1-gram coverage</source>
        <translation>Abdeckung durch doppelte %1-Gramme</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/corpus_text.cpp" line="68"/>
        <source>Lines C4 drops</source>
        <translation>Von C4 entfernte Zeilen</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/corpus_text.cpp" line="69"/>
        <source>Lines mentioning JavaScript</source>
        <translation>Zeilen, die JavaScript erwähnen</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/corpus_text.cpp" line="70"/>
        <source>Terms-of-use and cookie lines</source>
        <translation>Zeilen zu Nutzungsbedingungen und Cookies</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/corpus_text.cpp" line="71"/>
        <source>Lorem ipsum</source>
        <translation>Lorem ipsum</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/corpus_text.cpp" line="72"/>
        <source>Curly braces</source>
        <translation>Geschweifte Klammern</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/corpus_text.cpp" line="73"/>
        <source>Sentences</source>
        <translation>Sätze</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/corpus_text.cpp" line="83"/>
        <source>Number of characters in the document.</source>
        <translation>Anzahl der Zeichen im Dokument.</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/corpus_text.cpp" line="85"/>
        <source>Size of the document&apos;s text in UTF-8 bytes.</source>
        <translation>Größe des Dokumenttexts in UTF-8-Bytes.</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/corpus_text.cpp" line="87"/>
        <source>Number of words: whitespace-separated tokens with at least one character that is not punctuation. Very short documents carry little to learn from; extremely long ones are often dumps or logs.</source>
        <translation>Anzahl der Wörter: durch Leerraum getrennte Token mit mindestens einem Zeichen, das kein Satzzeichen ist. Sehr kurze Dokumente bieten wenig zu lernen; extrem lange sind oft Dumps oder Protokolle.</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/corpus_text.cpp" line="91"/>
        <source>Number of lines in the document.</source>
        <translation>Anzahl der Zeilen im Dokument.</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/corpus_text.cpp" line="93"/>
        <source>Average word length in characters. Natural prose sits between 3 and 10; outside that range the text is usually code, tables, URLs or gibberish.</source>
        <translation>Durchschnittliche Wortlänge in Zeichen. Natürliche Prosa liegt zwischen 3 und 10; außerhalb dieses Bereichs ist der Text meist Code, Tabellen, URLs oder Kauderwelsch.</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/corpus_text.cpp" line="96"/>
        <source>Number of &apos;#&apos; characters per word. Many hashes point to hashtag lists, markup or code comments.</source>
        <translation>Anzahl der &apos;#&apos;-Zeichen pro Wort. Viele Rauten deuten auf Hashtag-Listen, Markup oder Code-Kommentare hin.</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/corpus_text.cpp" line="99"/>
        <source>Ellipses (&apos;...&apos; or &apos;…&apos;) per word. Many ellipses point to truncated snippets, such as search results or teasers.</source>
        <translation>Auslassungspunkte (&apos;...&apos; oder &apos;…&apos;) pro Wort. Viele Auslassungspunkte deuten auf abgeschnittene Ausschnitte hin, etwa Suchergebnisse oder Teaser.</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/corpus_text.cpp" line="102"/>
        <source>Share of lines that start with a bullet (&apos;•&apos; or &apos;-&apos;). Pages made of bullets are usually menus or link lists.</source>
        <translation>Anteil der Zeilen, die mit einem Aufzählungszeichen (&apos;•&apos; oder &apos;-&apos;) beginnen. Seiten aus Aufzählungen sind meist Menüs oder Linklisten.</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/corpus_text.cpp" line="105"/>
        <source>Share of lines that end with an ellipsis, typical of lists of truncated previews.</source>
        <translation>Anteil der Zeilen, die mit Auslassungspunkten enden, typisch für Listen abgeschnittener Vorschauen.</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/corpus_text.cpp" line="108"/>
        <source>Share of words that contain at least one letter. Low values mean numbers, symbols or markup rather than language.</source>
        <translation>Anteil der Wörter, die mindestens einen Buchstaben enthalten. Niedrige Werte bedeuten Zahlen, Symbole oder Markup statt Sprache.</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/corpus_text.cpp" line="111"/>
        <source>How many of the English function words &apos;the, be, to, of, and, that, have, with&apos; occur. Real English sentences use at least two of them.</source>
        <translation>Wie viele der englischen Funktionswörter &apos;the, be, to, of, and, that, have, with&apos; vorkommen. Echte englische Sätze verwenden mindestens zwei davon.</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/corpus_text.cpp" line="114"/>
        <source>Share of lines that repeat an earlier line of the same document.</source>
        <translation>Anteil der Zeilen, die eine frühere Zeile desselben Dokuments wiederholen.</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/corpus_text.cpp" line="116"/>
        <source>Share of paragraphs that repeat an earlier paragraph of the same document.</source>
        <translation>Anteil der Absätze, die einen früheren Absatz desselben Dokuments wiederholen.</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/corpus_text.cpp" line="118"/>
        <source>Share of the document&apos;s characters that sit in repeated lines.</source>
        <translation>Anteil der Zeichen des Dokuments, die in wiederholten Zeilen stehen.</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/corpus_text.cpp" line="120"/>
        <source>Share of the document&apos;s characters that sit in repeated paragraphs.</source>
        <translation>Anteil der Zeichen des Dokuments, die in wiederholten Absätzen stehen.</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/corpus_text.cpp" line="124"/>
        <source>Share of characters covered by the most frequent word n-gram. High values mean one phrase is repeated over and over.</source>
        <translation>Anteil der Zeichen, die vom häufigsten Wort-n-Gramm abgedeckt werden. Hohe Werte bedeuten, dass eine Phrase immer wieder wiederholt wird.</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/corpus_text.cpp" line="132"/>
        <source>Share of characters covered by word n-grams that occur more than once. High values mean long passages are repeated.</source>
        <translation>Anteil der Zeichen, die von mehrfach vorkommenden Wort-n-Grammen abgedeckt werden. Hohe Werte bedeuten, dass lange Passagen wiederholt werden.</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/corpus_text.cpp" line="135"/>
        <source>Share of lines C4&apos;s line rules would remove: lines without terminal punctuation, with fewer than 5 words, or mentioning JavaScript or cookie and terms-of-use phrases.</source>
        <translation>Anteil der Zeilen, die die Zeilenregeln von C4 entfernen würden: Zeilen ohne abschließendes Satzzeichen, mit weniger als 5 Wörtern oder mit Erwähnungen von JavaScript, Cookies oder Nutzungsbedingungen.</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/corpus_text.cpp" line="139"/>
        <source>Lines that mention JavaScript, usually browser warnings left in scraped pages.</source>
        <translation>Zeilen, die JavaScript erwähnen, meist Browserwarnungen, die in gecrawlten Seiten stehen geblieben sind.</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/corpus_text.cpp" line="141"/>
        <source>Lines with terms-of-use, privacy-policy or cookie phrases.</source>
        <translation>Zeilen mit Formulierungen zu Nutzungsbedingungen, Datenschutz oder Cookies.</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/corpus_text.cpp" line="143"/>
        <source>Whether the page contains &apos;lorem ipsum&apos; placeholder text.</source>
        <translation>Ob die Seite den Platzhaltertext &apos;lorem ipsum&apos; enthält.</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/corpus_text.cpp" line="145"/>
        <source>Whether the page contains a curly brace &apos;{&apos;, which in web text almost always means code.</source>
        <translation>Ob die Seite eine geschweifte Klammer &apos;{&apos; enthält, was in Webtext fast immer Code bedeutet.</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/corpus_text.cpp" line="148"/>
        <source>Number of sentences. C4 drops pages with fewer than 3.</source>
        <translation>Anzahl der Sätze. C4 verwirft Seiten mit weniger als 3.</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/corpus_text.cpp" line="195"/>
        <source>Gopher quality</source>
        <translation>Gopher-Qualität</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/corpus_text.cpp" line="197"/>
        <source>Gopher repetition</source>
        <translation>Gopher-Wiederholung</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/corpus_text.cpp" line="199"/>
        <source>C4</source>
        <translation>C4</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/corpus_text.cpp" line="207"/>
        <source>%1: none</source>
        <comment>rule that allows no occurrence, e.g. &apos;Lorem ipsum: none&apos;</comment>
        <translation>%1: keine</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/corpus_text.cpp" line="210"/>
        <source>%1 ≥ %2</source>
        <comment>rule: signal at least threshold</comment>
        <translation>%1 ≥ %2</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/corpus_text.cpp" line="211"/>
        <source>%1 ≤ %2</source>
        <comment>rule: signal at most threshold</comment>
        <translation>%1 ≤ %2</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/corpus_text.cpp" line="216"/>
        <source>at least</source>
        <translation>mindestens</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/corpus_text.cpp" line="216"/>
        <source>at most</source>
        <translation>höchstens</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/corpus_text.cpp" line="229"/>
        <source>One document per file</source>
        <translation>Ein Dokument pro Datei</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/corpus_text.cpp" line="231"/>
        <source>One document per block (split on blank lines)</source>
        <translation>Ein Dokument pro Block (an Leerzeilen getrennt)</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/corpus_text.cpp" line="233"/>
        <source>One document per line</source>
        <translation>Ein Dokument pro Zeile</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/corpus_text.cpp" line="242"/>
        <source>%1%</source>
        <comment>percentage</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/corpus_text.cpp" line="249"/>
        <source>%1 (%2)</source>
        <comment>a count and its share, e.g. 12 (4.0%)</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
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
    <name>adaptlab::corpus_panel::ActionsTab</name>
    <message>
        <location filename="../plugins/corpus/actions_tab.cpp" line="68"/>
        <source>Name of the new dataset (letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;).</source>
        <translation>Name des neuen Datensatzes (Buchstaben, Ziffern, &apos;-&apos;, &apos;_&apos; und &apos;.&apos;).</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/actions_tab.cpp" line="75"/>
        <source>Preview command</source>
        <translation>Befehl anzeigen</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/actions_tab.cpp" line="76"/>
        <source>Show the job spec and the command that runs it without the GUI.</source>
        <translation>Die Job-Spezifikation und den Befehl anzeigen, der sie ohne GUI ausführt.</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/actions_tab.cpp" line="93"/>
        <source>Filter by quality rules</source>
        <translation>Nach Qualitätsregeln filtern</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/actions_tab.cpp" line="96"/>
        <source>Writes a new dataset with the documents that pass every enabled rule, with the thresholds as set in Quality rules. The new dataset records the rules and thresholds it was made with.</source>
        <translation>Schreibt einen neuen Datensatz mit den Dokumenten, die jede aktivierte Regel bestehen, mit den Schwellenwerten aus „Qualitätsregeln“. Der neue Datensatz vermerkt die Regeln und Schwellenwerte, mit denen er erstellt wurde.</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/actions_tab.cpp" line="104"/>
        <source>Also clean the kept documents line by line with C4&apos;s line rules</source>
        <translation>Die behaltenen Dokumente außerdem Zeile für Zeile mit den Zeilenregeln von C4 bereinigen</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/actions_tab.cpp" line="105"/>
        <source>Drops lines without terminal punctuation, with fewer than 5 words, or mentioning JavaScript or cookie and terms-of-use phrases.</source>
        <translation>Entfernt Zeilen ohne abschließendes Satzzeichen, mit weniger als 5 Wörtern oder mit Erwähnungen von JavaScript, Cookies oder Nutzungsbedingungen.</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/actions_tab.cpp" line="110"/>
        <location filename="../plugins/corpus/actions_tab.cpp" line="149"/>
        <location filename="../plugins/corpus/actions_tab.cpp" line="227"/>
        <source>New dataset:</source>
        <translation>Neuer Datensatz:</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/actions_tab.cpp" line="112"/>
        <source>Filter</source>
        <translation>Filtern</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/actions_tab.cpp" line="116"/>
        <source>Remove duplicates</source>
        <translation>Duplikate entfernen</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/actions_tab.cpp" line="120"/>
        <source>Exact deduplication removes documents whose normalized text repeats an earlier one. Near deduplication compares MinHash signatures of word 5-grams in bands: two documents become candidates when all rows of any band agree, so more rows per band demand more similarity, more bands catch more pairs. One document per cluster is kept, the first.</source>
        <translation>Exakte Deduplizierung entfernt Dokumente, deren normalisierter Text einen früheren wiederholt. Beinahe-Deduplizierung vergleicht MinHash-Signaturen von Wort-5-Grammen in Bändern: Zwei Dokumente werden Kandidaten, wenn alle Zeilen eines Bandes übereinstimmen. Mehr Zeilen pro Band verlangen also mehr Ähnlichkeit, mehr Bänder finden mehr Paare. Pro Cluster wird ein Dokument behalten, das erste.</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/actions_tab.cpp" line="128"/>
        <source>Exact and near duplicates</source>
        <translation>Exakte und Beinahe-Duplikate</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/actions_tab.cpp" line="129"/>
        <source>Exact duplicates only</source>
        <translation>Nur exakte Duplikate</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/actions_tab.cpp" line="130"/>
        <source>Near duplicates only</source>
        <translation>Nur Beinahe-Duplikate</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/actions_tab.cpp" line="146"/>
        <source>Remove:</source>
        <translation>Entfernen:</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/actions_tab.cpp" line="147"/>
        <source>Bands:</source>
        <translation>Bänder:</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/actions_tab.cpp" line="148"/>
        <source>Rows per band:</source>
        <translation>Zeilen pro Band:</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/actions_tab.cpp" line="152"/>
        <source>Deduplicate</source>
        <translation>Deduplizieren</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/actions_tab.cpp" line="161"/>
        <source>Chance to be compared, by similarity</source>
        <translation>Vergleichswahrscheinlichkeit nach Ähnlichkeit</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/actions_tab.cpp" line="169"/>
        <source>Jaccard similarity</source>
        <translation>Jaccard-Ähnlichkeit</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/actions_tab.cpp" line="187"/>
        <source>Select data like a target (DSIR)</source>
        <translation>Daten wie ein Ziel auswählen (DSIR)</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/actions_tab.cpp" line="190"/>
        <source>Importance resampling (Xie et al. 2023): both datasets become hashed word unigram and bigram counts; each chunk of this dataset gets the log ratio of the target&apos;s distribution to this one&apos;s as its weight, and k chunks are drawn by weight. Use it to pick, from a large general pool, the part that looks like your domain. The job reports how much closer (KL reduction) the selection is to the target.</source>
        <translation>Importance Resampling (Xie et al. 2023): Beide Datensätze werden zu gehashten Unigramm- und Bigramm-Zählungen; jeder Abschnitt dieses Datensatzes erhält als Gewicht das logarithmierte Verhältnis der Zielverteilung zu dieser, und k Abschnitte werden nach Gewicht gezogen. Damit wählen Sie aus einem großen allgemeinen Bestand den Teil, der Ihrer Domäne ähnelt. Der Job meldet, wie viel näher (KL-Reduktion) die Auswahl dem Ziel ist.</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/actions_tab.cpp" line="210"/>
        <source>Sample (Gumbel noise); untick for the k highest weights</source>
        <translation>Stichprobe ziehen (Gumbel-Rauschen); abwählen für die k höchsten Gewichte</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/actions_tab.cpp" line="217"/>
        <source>whole documents</source>
        <translation>ganze Dokumente</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/actions_tab.cpp" line="218"/>
        <source>Long documents would dominate the weights, so they are cut into chunks of about this many words first.</source>
        <translation>Lange Dokumente würden die Gewichte dominieren, daher werden sie zuerst in Abschnitte von etwa so vielen Wörtern zerlegt.</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/actions_tab.cpp" line="222"/>
        <source>Target dataset:</source>
        <translation>Zieldatensatz:</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/actions_tab.cpp" line="223"/>
        <source>Select (k):</source>
        <translation>Auswählen (k):</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/actions_tab.cpp" line="224"/>
        <source>Chunk size (words):</source>
        <translation>Abschnittsgröße (Wörter):</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/actions_tab.cpp" line="225"/>
        <source>Seed:</source>
        <translation>Seed:</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/actions_tab.cpp" line="229"/>
        <source>Select</source>
        <translation>Auswählen</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/actions_tab.cpp" line="233"/>
        <source>Scan each new dataset as soon as its job has finished</source>
        <translation>Jeden neuen Datensatz scannen, sobald sein Job beendet ist</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/actions_tab.cpp" line="236"/>
        <source>Starts a scan of the derived dataset, so its statistics and rules are ready when you open it here.</source>
        <translation>Startet einen Scan des abgeleiteten Datensatzes, damit seine Statistiken und Regeln bereitstehen, wenn Sie ihn hier öffnen.</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/actions_tab.cpp" line="240"/>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/actions_tab.cpp" line="245"/>
        <source>Press &quot;Preview command&quot; to see the job spec and the command that runs the same job from a terminal or a cluster.</source>
        <translation>Klicken Sie auf „Befehl anzeigen“, um die Job-Spezifikation und den Befehl zu sehen, der denselben Job in einem Terminal oder auf einem Cluster ausführt.</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/actions_tab.cpp" line="292"/>
        <source>Choose a dataset above to filter, deduplicate or select from it.</source>
        <translation>Wählen Sie oben einen Datensatz, um ihn zu filtern, zu deduplizieren oder daraus auszuwählen.</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/actions_tab.cpp" line="355"/>
        <source>%1 of %2 rules enabled.</source>
        <translation>%1 von %2 Regeln aktiviert.</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/actions_tab.cpp" line="357"/>
        <source>%1 of %2 rules enabled: they remove %3 of %4 documents and %5 of the words.</source>
        <translation>%1 von %2 Regeln aktiviert: Sie entfernen %3 von %4 Dokumenten und %5 der Wörter.</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/actions_tab.cpp" line="364"/>
        <source>%1 of %2 rules enabled. Scan the dataset to see how many documents they remove.</source>
        <translation>%1 von %2 Regeln aktiviert. Scannen Sie den Datensatz, um zu sehen, wie viele Dokumente sie entfernen.</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/actions_tab.cpp" line="385"/>
        <source>%1 hashes. Documents about %2 similar have even odds of being compared; at 0.8 the chance is %3.</source>
        <translation>%1 Hashes. Dokumente mit etwa %2 Ähnlichkeit werden mit 50 % Wahrscheinlichkeit verglichen; bei 0,8 liegt die Chance bei %3.</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/actions_tab.cpp" line="393"/>
        <source>The scan (14 bands of 8 rows) found %1 exact and %2 near duplicates.</source>
        <translation>Der Scan (14 Bänder mit je 8 Zeilen) hat %1 exakte und %2 Beinahe-Duplikate gefunden.</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/actions_tab.cpp" line="441"/>
        <source>Choose a dataset first.</source>
        <translation>Wählen Sie zuerst einen Datensatz.</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/actions_tab.cpp" line="444"/>
        <source>&quot;%1&quot; cannot be a dataset name: use letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;.</source>
        <translation>„%1“ kann kein Datensatzname sein: Verwenden Sie Buchstaben, Ziffern, &apos;-&apos;, &apos;_&apos; und &apos;.&apos;.</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/actions_tab.cpp" line="448"/>
        <source>The project already has a dataset called &quot;%1&quot;.</source>
        <translation>Das Projekt hat bereits einen Datensatz namens „%1“.</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/actions_tab.cpp" line="458"/>
        <source>Enable at least one rule in Quality rules.</source>
        <translation>Aktivieren Sie mindestens eine Regel unter „Qualitätsregeln“.</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/actions_tab.cpp" line="461"/>
        <source>Import a target dataset first: the selection looks for documents that resemble it.</source>
        <translation>Importieren Sie zuerst einen Zieldatensatz: Die Auswahl sucht Dokumente, die ihm ähneln.</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/actions_tab.cpp" line="468"/>
        <source># Save the spec below as spec.json, then run:
%1

%2</source>
        <translation># Speichern Sie die Spezifikation unten als spec.json und führen Sie dann aus:
%1

%2</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/actions_tab.cpp" line="486"/>
        <source>The job did not start: %1</source>
        <translation>Der Job wurde nicht gestartet: %1</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/actions_tab.cpp" line="492"/>
        <source>Running; progress and Stop are in the Jobs dock.</source>
        <translation>Läuft; Fortschritt und „Stoppen“ finden Sie in der Leiste „Jobs“.</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/actions_tab.cpp" line="502"/>
        <source>Done: dataset %1 was added to the project and is being scanned.</source>
        <translation>Fertig: Datensatz %1 wurde zum Projekt hinzugefügt und wird gescannt.</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/actions_tab.cpp" line="503"/>
        <source>Done: dataset %1 was added to the project; its scan did not start: %2</source>
        <translation>Fertig: Datensatz %1 wurde zum Projekt hinzugefügt; sein Scan wurde nicht gestartet: %2</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/actions_tab.cpp" line="506"/>
        <source>Done: dataset %1 was added to the project.</source>
        <translation>Fertig: Datensatz %1 wurde zum Projekt hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/actions_tab.cpp" line="508"/>
        <source>Stopped before it finished; no dataset was added.</source>
        <translation>Vor dem Ende gestoppt; es wurde kein Datensatz hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/actions_tab.cpp" line="510"/>
        <source>The job failed: %1</source>
        <translation>Der Job ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>adaptlab::corpus_panel::DatasetListModel</name>
    <message>
        <location filename="../plugins/corpus/dataset_list_model.cpp" line="105"/>
        <source>not scanned</source>
        <translation>nicht gescannt</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/dataset_list_model.cpp" line="107"/>
        <source>partial</source>
        <translation>unvollständig</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/dataset_list_model.cpp" line="109"/>
        <source>scanned; problems: %1</source>
        <translation>gescannt; Probleme: %1</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/dataset_list_model.cpp" line="110"/>
        <source>scanned</source>
        <translation>gescannt</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/dataset_list_model.cpp" line="117"/>
        <source>not counted</source>
        <translation>nicht gezählt</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/dataset_list_model.cpp" line="118"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message numerus="yes">
        <location filename="../plugins/corpus/dataset_list_model.cpp" line="128"/>
        <source>%1 (+%n more file(s))</source>
        <translation>
            <numerusform>%1 (+%n weitere Datei)</numerusform>
            <numerusform>%1 (+%n weitere Dateien)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../plugins/corpus/dataset_list_model.cpp" line="145"/>
        <source>Counted when the dataset is scanned.</source>
        <translation>Wird beim Scannen des Datensatzes gezählt.</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/dataset_list_model.cpp" line="148"/>
        <source>Not scanned yet: scan it to see its statistics and quality signals.</source>
        <translation>Noch nicht gescannt: Scannen Sie ihn, um Statistiken und Qualitätssignale zu sehen.</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/dataset_list_model.cpp" line="150"/>
        <source>The last scan could not read every file to its end; its numbers cover what was read.</source>
        <translation>Der letzte Scan konnte nicht jede Datei bis zum Ende lesen; seine Zahlen beziehen sich auf das Gelesene.</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/dataset_list_model.cpp" line="170"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/dataset_list_model.cpp" line="171"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/dataset_list_model.cpp" line="172"/>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/dataset_list_model.cpp" line="173"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/dataset_list_model.cpp" line="174"/>
        <source>Scan</source>
        <translation>Scannen</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/dataset_list_model.cpp" line="175"/>
        <source>Derived from</source>
        <translation>Abgeleitet von</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/dataset_list_model.cpp" line="176"/>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/dataset_list_model.cpp" line="177"/>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
</context>
<context>
    <name>adaptlab::corpus_panel::DatasetsPanel</name>
    <message>
        <location filename="../plugins/corpus/datasets_panel.cpp" line="57"/>
        <source>Datasets</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/datasets_panel.cpp" line="58"/>
        <source>Bring corpora into the project and keep track of them. Import reads plain text or JSON Lines (also compressed with zstd or gzip), lets you say which field is the text and which are metadata, and shows the first records and any broken ones before anything is added. Every dataset is then scanned once: counts, quality signals and duplicates, which you explore in the Inspect step. Filtering, deduplication and selection there create derived datasets, listed here with the dataset they came from.</source>
        <translation>Bringen Sie Korpora ins Projekt und behalten Sie den Überblick. Der Import liest Klartext oder JSON Lines (auch mit zstd oder gzip komprimiert), lässt Sie festlegen, welches Feld der Text ist und welche Metadaten sind, und zeigt die ersten Datensätze und fehlerhafte Einträge, bevor etwas hinzugefügt wird. Jeder Datensatz wird dann einmal gescannt: Anzahlen, Qualitätssignale und Duplikate, die Sie im Schritt „Untersuchen“ erkunden. Filtern, Deduplizieren und Auswählen erzeugen dort abgeleitete Datensätze, die hier mit ihrem Ursprungsdatensatz aufgeführt werden.</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/datasets_panel.cpp" line="68"/>
        <source>No project is open. Create or open a project (File menu) to import corpora into it.</source>
        <translation>Kein Projekt geöffnet. Erstellen oder öffnen Sie ein Projekt (Menü „Datei“), um Korpora zu importieren.</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/datasets_panel.cpp" line="77"/>
        <source>Import corpus…</source>
        <translation>Korpus importieren …</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/datasets_panel.cpp" line="81"/>
        <source>Scan again</source>
        <translation>Erneut scannen</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/datasets_panel.cpp" line="83"/>
        <source>Read the selected dataset again and recompute its statistics, signals and duplicates (for example after its files changed).</source>
        <translation>Den ausgewählten Datensatz erneut lesen und Statistiken, Signale und Duplikate neu berechnen (zum Beispiel nach Änderungen an seinen Dateien).</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/datasets_panel.cpp" line="110"/>
        <source>No datasets yet. Import a corpus to start.</source>
        <translation>Noch keine Datensätze. Importieren Sie einen Korpus, um zu beginnen.</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/datasets_panel.cpp" line="122"/>
        <source>Imported datasets have no provenance; derived ones record their source, rules, thresholds and seed here.</source>
        <translation>Importierte Datensätze haben keine Herkunftsangaben; abgeleitete vermerken hier ihre Quelle, Regeln, Schwellenwerte und Seed.</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/datasets_panel.cpp" line="128"/>
        <source>How it was made</source>
        <translation>Wie er entstanden ist</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/datasets_panel.cpp" line="192"/>
        <source>The project store could not be read: %1</source>
        <translation>Der Projektspeicher konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/datasets_panel.cpp" line="250"/>
        <source>The scan of %1 did not start: %2</source>
        <translation>Der Scan von %1 wurde nicht gestartet: %2</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/datasets_panel.cpp" line="252"/>
        <source>Scanning %1 (see the Jobs dock).</source>
        <translation>%1 wird gescannt (siehe Leiste „Jobs“).</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/datasets_panel.cpp" line="262"/>
        <source>No dataset selected</source>
        <translation>Kein Datensatz ausgewählt</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/datasets_panel.cpp" line="276"/>
        <location filename="../plugins/corpus/datasets_panel.cpp" line="293"/>
        <source>Location: %1</source>
        <translation>Ort: %1</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/datasets_panel.cpp" line="281"/>
        <source>Files (read as one dataset, in this order):</source>
        <translation>Dateien (als ein Datensatz gelesen, in dieser Reihenfolge):</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/datasets_panel.cpp" line="288"/>
        <source>every other field</source>
        <translation>alle anderen Felder</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/datasets_panel.cpp" line="289"/>
        <source>Text field: %1</source>
        <translation>Textfeld: %1</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/datasets_panel.cpp" line="290"/>
        <source>Metadata fields: %1</source>
        <translation>Metadatenfelder: %1</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/datasets_panel.cpp" line="290"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/datasets_panel.cpp" line="291"/>
        <source>Plain text files: %1</source>
        <translation>Klartextdateien: %1</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/datasets_panel.cpp" line="295"/>
        <source>The field mapping cannot be read: %1</source>
        <translation>Die Feldzuordnung kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/datasets_panel.cpp" line="298"/>
        <source>Derived from: %1</source>
        <translation>Abgeleitet von: %1</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/datasets_panel.cpp" line="300"/>
        <source>Not scanned yet. Its statistics appear in the Inspect step once a scan has run.</source>
        <translation>Noch nicht gescannt. Seine Statistiken erscheinen im Schritt „Untersuchen“, sobald ein Scan gelaufen ist.</translation>
    </message>
</context>
<context>
    <name>adaptlab::corpus_panel::DocumentBrowser</name>
    <message>
        <location filename="../plugins/corpus/document_browser.cpp" line="130"/>
        <source>Search the text of every document</source>
        <translation>Den Text aller Dokumente durchsuchen</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/document_browser.cpp" line="132"/>
        <source>and metadata</source>
        <translation>und Metadaten</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/document_browser.cpp" line="133"/>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/document_browser.cpp" line="134"/>
        <source>Show all</source>
        <translation>Alle anzeigen</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/document_browser.cpp" line="148"/>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/document_browser.cpp" line="149"/>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/document_browser.cpp" line="188"/>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/document_browser.cpp" line="246"/>
        <source>Scan the dataset to browse its documents.</source>
        <translation>Scannen Sie den Datensatz, um seine Dokumente zu durchsuchen.</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/document_browser.cpp" line="247"/>
        <source>Select a document to read it.</source>
        <translation>Wählen Sie ein Dokument, um es zu lesen.</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/document_browser.cpp" line="259"/>
        <source>All documents</source>
        <translation>Alle Dokumente</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/document_browser.cpp" line="260"/>
        <source>Removed by the enabled rules</source>
        <translation>Von den aktivierten Regeln entfernt</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/document_browser.cpp" line="261"/>
        <source>Kept by the enabled rules</source>
        <translation>Von den aktivierten Regeln behalten</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/document_browser.cpp" line="265"/>
        <source>Failing %1</source>
        <translation>Verletzt %1</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/document_browser.cpp" line="302"/>
        <source>Searching for &quot;%1&quot; in every document…</source>
        <translation>Suche nach „%1“ in allen Dokumenten …</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/document_browser.cpp" line="311"/>
        <source>The search failed: %1</source>
        <translation>Die Suche ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/document_browser.cpp" line="343"/>
        <source>Ordering documents…</source>
        <translation>Dokumente werden sortiert …</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/document_browser.cpp" line="350"/>
        <source>The documents could not be ordered: %1</source>
        <translation>Die Dokumente konnten nicht sortiert werden: %1</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/document_browser.cpp" line="436"/>
        <source>The texts could not be read: %1</source>
        <translation>Die Texte konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/document_browser.cpp" line="455"/>
        <source>(not found in the corpus: it changed since the scan)</source>
        <translation>(nicht im Korpus gefunden: Er wurde seit dem Scan geändert)</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/document_browser.cpp" line="480"/>
        <source>Reading document %1…</source>
        <translation>Dokument %1 wird gelesen …</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/document_browser.cpp" line="488"/>
        <source>Document %1 is no longer in the corpus: it changed since the scan. Scan it again.</source>
        <translation>Dokument %1 ist nicht mehr im Korpus: Er wurde seit dem Scan geändert. Scannen Sie ihn erneut.</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/document_browser.cpp" line="490"/>
        <source>The document could not be read: %1</source>
        <translation>Das Dokument konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/document_browser.cpp" line="510"/>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/document_browser.cpp" line="516"/>
        <source>Documents shown: %1. The search for &quot;%2&quot; stopped at the first %3 matches.</source>
        <translation>Angezeigte Dokumente: %1. Die Suche nach „%2“ wurde nach den ersten %3 Treffern beendet.</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/document_browser.cpp" line="520"/>
        <source>Documents containing &quot;%1&quot;: %2.</source>
        <translation>Dokumente, die „%1“ enthalten: %2.</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/document_browser.cpp" line="522"/>
        <source>Documents shown: %1.</source>
        <translation>Angezeigte Dokumente: %1.</translation>
    </message>
</context>
<context>
    <name>adaptlab::corpus_panel::DocumentTableModel</name>
    <message>
        <location filename="../plugins/corpus/document_table_model.cpp" line="72"/>
        <source>passes</source>
        <translation>besteht</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/document_table_model.cpp" line="76"/>
        <source>loading…</source>
        <translation>lade …</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/document_table_model.cpp" line="95"/>
        <source>Removed by this rule: it is the first enabled rule the document fails.</source>
        <translation>Von dieser Regel entfernt: Es ist die erste aktivierte Regel, die das Dokument verletzt.</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/document_table_model.cpp" line="107"/>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/document_table_model.cpp" line="108"/>
        <source>Fails</source>
        <translation>Verletzt</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/document_table_model.cpp" line="109"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/document_table_model.cpp" line="110"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
</context>
<context>
    <name>adaptlab::corpus_panel::DocumentView</name>
    <message>
        <location filename="../plugins/corpus/document_view.cpp" line="37"/>
        <location filename="../plugins/corpus/document_view.cpp" line="104"/>
        <source>Select a document to read it.</source>
        <translation>Wählen Sie ein Dokument, um es zu lesen.</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/document_view.cpp" line="49"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/document_view.cpp" line="49"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/document_view.cpp" line="49"/>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/document_view.cpp" line="60"/>
        <source>Nothing</source>
        <translation>Nichts</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/document_view.cpp" line="77"/>
        <source>Highlight the parts behind:</source>
        <translation>Stellen hervorheben für:</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/document_view.cpp" line="134"/>
        <source>Document %1 · %2</source>
        <translation>Dokument %1 · %2</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/document_view.cpp" line="138"/>
        <source>%1: %2</source>
        <comment>metadata field: value</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/document_view.cpp" line="147"/>
        <source>
[… only the first %1 characters are shown]</source>
        <translation>
[… nur die ersten %1 Zeichen werden angezeigt]</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/document_view.cpp" line="179"/>
        <source>passes</source>
        <translation>besteht</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/document_view.cpp" line="179"/>
        <source>fails</source>
        <translation>verletzt</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/document_view.cpp" line="179"/>
        <source>fails (rule off)</source>
        <translation>verletzt (Regel aus)</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/document_view.cpp" line="196"/>
        <source>Choose a rule above or a signal to see which parts of the text drive it.</source>
        <translation>Wählen Sie oben eine Regel oder ein Signal, um zu sehen, welche Textstellen es bestimmen.</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/document_view.cpp" line="203"/>
        <source>Finding the parts behind %1…</source>
        <translation>Suche die Stellen hinter %1 …</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/document_view.cpp" line="211"/>
        <source>The evidence could not be computed: %1</source>
        <translation>Die Belegstellen konnten nicht berechnet werden: %1</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/document_view.cpp" line="218"/>
        <source>%1 is %2 for this document; it has no particular place in the text to highlight.</source>
        <translation>%1 ist %2 für dieses Dokument; es gibt keine bestimmte Stelle im Text, die sich hervorheben lässt.</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/document_view.cpp" line="221"/>
        <source>%1 is %2 for this document; the highlighted parts drive it (places highlighted: %3).</source>
        <translation>%1 ist %2 für dieses Dokument; die hervorgehobenen Stellen bestimmen den Wert (hervorgehobene Stellen: %3).</translation>
    </message>
</context>
<context>
    <name>adaptlab::corpus_panel::DuplicatesTab</name>
    <message>
        <location filename="../plugins/corpus/duplicates_tab.cpp" line="105"/>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/duplicates_tab.cpp" line="105"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/duplicates_tab.cpp" line="105"/>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/duplicates_tab.cpp" line="105"/>
        <source>Kept document</source>
        <translation>Behaltenes Dokument</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/duplicates_tab.cpp" line="129"/>
        <source>Kept</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/duplicates_tab.cpp" line="131"/>
        <source>Duplicate</source>
        <translation>Duplikat</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/duplicates_tab.cpp" line="159"/>
        <source>Members (the first is kept by deduplication):</source>
        <translation>Mitglieder (das erste wird bei der Deduplizierung behalten):</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/duplicates_tab.cpp" line="195"/>
        <source>Scan the dataset to find its duplicates.</source>
        <translation>Scannen Sie den Datensatz, um seine Duplikate zu finden.</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/duplicates_tab.cpp" line="197"/>
        <source>Duplicate clusters are built when this tab is shown.</source>
        <translation>Duplikat-Cluster werden gebildet, sobald dieser Reiter angezeigt wird.</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/duplicates_tab.cpp" line="215"/>
        <source>Building duplicate clusters from the scan&apos;s hashes…</source>
        <translation>Duplikat-Cluster werden aus den Hashes des Scans gebildet …</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/duplicates_tab.cpp" line="219"/>
        <source>The clusters could not be built: %1</source>
        <translation>Die Cluster konnten nicht gebildet werden: %1</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/duplicates_tab.cpp" line="239"/>
        <source>No duplicates: every document is unique, exactly and by MinHash.</source>
        <translation>Keine Duplikate: Jedes Dokument ist einzigartig, exakt und nach MinHash.</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/duplicates_tab.cpp" line="241"/>
        <source>%1 clusters (%2 of exact copies, %3 of near duplicates). Deduplication keeps the first document of each and removes %4.</source>
        <translation>%1 Cluster (%2 aus exakten Kopien, %3 aus Beinahe-Duplikaten). Die Deduplizierung behält jeweils das erste Dokument und entfernt %4.</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/duplicates_tab.cpp" line="252"/>
        <source>exact</source>
        <translation>exakt</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/duplicates_tab.cpp" line="252"/>
        <source>near</source>
        <translation>ähnlich</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/duplicates_tab.cpp" line="256"/>
        <location filename="../plugins/corpus/duplicates_tab.cpp" line="278"/>
        <source>document %1</source>
        <translation>Dokument %1</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/duplicates_tab.cpp" line="277"/>
        <source>document %1 (kept)</source>
        <translation>Dokument %1 (behalten)</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/duplicates_tab.cpp" line="289"/>
        <location filename="../plugins/corpus/duplicates_tab.cpp" line="290"/>
        <source>Kept: document %1</source>
        <translation>Behalten: Dokument %1</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/duplicates_tab.cpp" line="291"/>
        <source>Removed: document %1</source>
        <translation>Entfernt: Dokument %1</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/duplicates_tab.cpp" line="292"/>
        <source>Reading both documents…</source>
        <translation>Beide Dokumente werden gelesen …</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/duplicates_tab.cpp" line="310"/>
        <source>The documents are no longer in the corpus: it changed since the scan.</source>
        <translation>Die Dokumente sind nicht mehr im Korpus: Er wurde seit dem Scan geändert.</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/duplicates_tab.cpp" line="312"/>
        <source>The documents could not be read: %1</source>
        <translation>Die Dokumente konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/duplicates_tab.cpp" line="321"/>
        <source>Word 5-gram Jaccard similarity: %1. The texts differ in too many places to mark them.</source>
        <translation>Jaccard-Ähnlichkeit der Wort-5-Gramme: %1. Die Texte unterscheiden sich an zu vielen Stellen, um sie zu markieren.</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/duplicates_tab.cpp" line="324"/>
        <source>Word 5-gram Jaccard similarity: %1. The words are the same; only spacing, case or punctuation may differ.</source>
        <translation>Jaccard-Ähnlichkeit der Wort-5-Gramme: %1. Die Wörter sind gleich; nur Leerraum, Groß-/Kleinschreibung oder Satzzeichen können sich unterscheiden.</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/duplicates_tab.cpp" line="327"/>
        <source>Word 5-gram Jaccard similarity: %1. Words only in the kept document are marked red (%2), words only in the other green (%3).</source>
        <translation>Jaccard-Ähnlichkeit der Wort-5-Gramme: %1. Wörter, die nur im behaltenen Dokument stehen, sind rot markiert (%2), Wörter nur im anderen grün (%3).</translation>
    </message>
</context>
<context>
    <name>adaptlab::corpus_panel::HistogramCard</name>
    <message>
        <location filename="../plugins/corpus/histogram_card.cpp" line="60"/>
        <source>No distribution recorded for this signal.</source>
        <translation>Für dieses Signal wurde keine Verteilung erfasst.</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/histogram_card.cpp" line="83"/>
        <source>Use this rule when filtering. Switched off, it still shows what it would remove.</source>
        <translation>Diese Regel beim Filtern verwenden. Ausgeschaltet zeigt sie weiterhin, was sie entfernen würde.</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/histogram_card.cpp" line="88"/>
        <source>Drag the red line on the chart or type a value.</source>
        <translation>Ziehen Sie die rote Linie im Diagramm oder geben Sie einen Wert ein.</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/histogram_card.cpp" line="141"/>
        <source>median %1</source>
        <translation>Median %1</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/histogram_card.cpp" line="143"/>
        <source>mean %1</source>
        <translation>Mittelwert %1</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/histogram_card.cpp" line="144"/>
        <source>min %1, mean %2, max %3</source>
        <translation>Min. %1, Mittelwert %2, Max. %3</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/histogram_card.cpp" line="189"/>
        <source>counting…</source>
        <translation>zähle …</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/histogram_card.cpp" line="193"/>
        <source>removes %1</source>
        <translation>entfernt %1</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/histogram_card.cpp" line="194"/>
        <source>Alone: %1 documents, %2 words. In sequence after the rules before it: %3 documents, %4 words.</source>
        <translation>Allein: %1 Dokumente, %2 Wörter. Nacheinander nach den vorherigen Regeln: %3 Dokumente, %4 Wörter.</translation>
    </message>
</context>
<context>
    <name>adaptlab::corpus_panel::ImportDialog</name>
    <message>
        <location filename="../plugins/corpus/import_dialog.cpp" line="76"/>
        <source>Import a corpus</source>
        <translation>Korpus importieren</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/import_dialog.cpp" line="80"/>
        <source>Choose a corpus file, several files read as one dataset, or a folder of files (plain text, JSON Lines, optionally compressed with zstd or gzip). Check below that the first records read the way you expect: which JSON field holds the text, which fields to keep as metadata (URL, source, date, ... used for breakdowns and metadata conditioning), and which problems a quick look at the start of each file found. Importing registers the corpus where it is (nothing is copied) and starts a full scan.</source>
        <translation>Wählen Sie eine Korpusdatei, mehrere Dateien als einen Datensatz oder einen Ordner mit Dateien (Klartext, JSON Lines, optional mit zstd oder gzip komprimiert). Prüfen Sie unten, ob die ersten Datensätze wie erwartet gelesen werden: welches JSON-Feld den Text enthält, welche Felder als Metadaten behalten werden (URL, Quelle, Datum, … für Aufschlüsselungen und Metadaten-Konditionierung) und welche Probleme ein kurzer Blick auf den Anfang jeder Datei gefunden hat. Der Import registriert den Korpus an seinem Ort (nichts wird kopiert) und startet einen vollständigen Scan.</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/import_dialog.cpp" line="95"/>
        <source>Choose folder…</source>
        <translation>Ordner wählen …</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/import_dialog.cpp" line="107"/>
        <source>Which files of the folder to read, e.g. *.jsonl.zst</source>
        <translation>Welche Dateien des Ordners gelesen werden, z. B. *.jsonl.zst</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/import_dialog.cpp" line="108"/>
        <source>Include subfolders</source>
        <translation>Unterordner einbeziehen</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/import_dialog.cpp" line="112"/>
        <source>File pattern:</source>
        <translation>Dateimuster:</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/import_dialog.cpp" line="121"/>
        <source>How the dataset is called in this project. Letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos; only: the name is also used for the files the scan writes.</source>
        <translation>Wie der Datensatz in diesem Projekt heißt. Nur Buchstaben, Ziffern, &apos;-&apos;, &apos;_&apos; und &apos;.&apos;: Der Name wird auch für die Dateien verwendet, die der Scan schreibt.</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/import_dialog.cpp" line="130"/>
        <source>Corpus:</source>
        <translation>Korpus:</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/import_dialog.cpp" line="132"/>
        <source>Dataset name:</source>
        <translation>Datensatzname:</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/import_dialog.cpp" line="135"/>
        <source>Field mapping</source>
        <translation>Feldzuordnung</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/import_dialog.cpp" line="140"/>
        <source>The JSON field that holds the document&apos;s text.</source>
        <translation>Das JSON-Feld, das den Text des Dokuments enthält.</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/import_dialog.cpp" line="148"/>
        <source>Ticked fields are kept with each document as metadata.</source>
        <translation>Angehakte Felder werden mit jedem Dokument als Metadaten behalten.</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/import_dialog.cpp" line="151"/>
        <source>Keep every other field as metadata too</source>
        <translation>Alle anderen Felder ebenfalls als Metadaten behalten</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/import_dialog.cpp" line="158"/>
        <source>How plain text files (.txt) are split into documents.</source>
        <translation>Wie Klartextdateien (.txt) in Dokumente aufgeteilt werden.</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/import_dialog.cpp" line="162"/>
        <source>Text field (JSON):</source>
        <translation>Textfeld (JSON):</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/import_dialog.cpp" line="163"/>
        <source>Metadata fields (JSON):</source>
        <translation>Metadatenfelder (JSON):</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/import_dialog.cpp" line="165"/>
        <source>Plain text files:</source>
        <translation>Klartextdateien:</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/import_dialog.cpp" line="170"/>
        <location filename="../plugins/corpus/import_dialog.cpp" line="478"/>
        <source>Choose a corpus to see its first records.</source>
        <translation>Wählen Sie einen Korpus, um seine ersten Datensätze zu sehen.</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/import_dialog.cpp" line="205"/>
        <source>Import and scan</source>
        <translation>Importieren und scannen</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/import_dialog.cpp" line="210"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/import_dialog.cpp" line="92"/>
        <source>A corpus file or folder (several files: separated by &apos;;&apos;)</source>
        <translation>Eine Korpusdatei oder ein Ordner (mehrere Dateien: durch &apos;;&apos; getrennt)</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/import_dialog.cpp" line="93"/>
        <source>Choose files…</source>
        <translation>Dateien wählen…</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/import_dialog.cpp" line="94"/>
        <source>One file, or several files (e.g. the shards of one corpus) read as one dataset</source>
        <translation>Eine Datei oder mehrere Dateien (z. B. die Teile eines Korpus), gelesen als ein Datensatz</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/import_dialog.cpp" line="240"/>
        <source>Choose corpus files</source>
        <translation>Korpusdateien wählen</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/import_dialog.cpp" line="241"/>
        <source>Corpora (*.jsonl *.ndjson *.json *.txt *.zst *.gz);;All files (*)</source>
        <translation>Korpora (*.jsonl *.ndjson *.json *.txt *.zst *.gz);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/import_dialog.cpp" line="248"/>
        <source>Choose a folder of corpus files</source>
        <translation>Ordner mit Korpusdateien auswählen</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/import_dialog.cpp" line="400"/>
        <source>Reading the first records…</source>
        <translation>Die ersten Datensätze werden gelesen …</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/import_dialog.cpp" line="476"/>
        <source>The corpus cannot be read: %1</source>
        <translation>Der Korpus kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/import_dialog.cpp" line="480"/>
        <source>No documents were found with this mapping (files read: %1). Check the text field and the problems below.</source>
        <translation>Mit dieser Zuordnung wurden keine Dokumente gefunden (gelesene Dateien: %1). Prüfen Sie das Textfeld und die Probleme unten.</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/import_dialog.cpp" line="484"/>
        <source>The first %1 documents as they will be read. Records looked at: %2; files: %3.</source>
        <translation>Die ersten %1 Dokumente, wie sie gelesen werden. Betrachtete Datensätze: %2; Dateien: %3.</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/import_dialog.cpp" line="492"/>
        <source>The quick pre-scan of the start of each file found no problems.</source>
        <translation>Die schnelle Vorprüfung des Anfangs jeder Datei hat keine Probleme gefunden.</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/import_dialog.cpp" line="494"/>
        <source>The quick pre-scan found problems; such records are skipped and counted. %1</source>
        <translation>Die schnelle Vorprüfung hat Probleme gefunden; solche Datensätze werden übersprungen und gezählt. %1</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/import_dialog.cpp" line="522"/>
        <source>Open or create a project first.</source>
        <translation>Öffnen oder erstellen Sie zuerst ein Projekt.</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/import_dialog.cpp" line="524"/>
        <source>Add the dataset to the project and start scanning it.</source>
        <translation>Den Datensatz zum Projekt hinzufügen und mit dem Scannen beginnen.</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/import_dialog.cpp" line="539"/>
        <source>No project is open. Create or open a project first.</source>
        <translation>Kein Projekt geöffnet. Erstellen oder öffnen Sie zuerst ein Projekt.</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/import_dialog.cpp" line="544"/>
        <source>Choose a corpus file or folder first.</source>
        <translation>Wählen Sie zuerst eine Korpusdatei oder einen Ordner.</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/import_dialog.cpp" line="550"/>
        <source>The corpus %1 does not exist.</source>
        <translation>Der Korpus %1 existiert nicht.</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/import_dialog.cpp" line="554"/>
        <source>The corpus %1 cannot be read (permission denied).</source>
        <translation>Der Korpus %1 kann nicht gelesen werden (Zugriff verweigert).</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/import_dialog.cpp" line="558"/>
        <source>%1 is a folder: import a folder on its own (with a file pattern), or choose files.</source>
        <translation>%1 ist ein Ordner: Importieren Sie einen Ordner allein (mit einem Dateimuster) oder wählen Sie Dateien.</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/import_dialog.cpp" line="565"/>
        <source>&quot;%1&quot; cannot be a dataset name: use letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;, and do not start with &apos;.&apos;.</source>
        <translation>„%1“ kann kein Datensatzname sein: Verwenden Sie Buchstaben, Ziffern, &apos;-&apos;, &apos;_&apos; und &apos;.&apos; und beginnen Sie nicht mit &apos;.&apos;.</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/import_dialog.cpp" line="571"/>
        <source>The project already has a dataset called &quot;%1&quot;. Choose another name.</source>
        <translation>Das Projekt hat bereits einen Datensatz namens „%1“. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/import_dialog.cpp" line="575"/>
        <source>The project store cannot be read: %1</source>
        <translation>Der Projektspeicher kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/import_dialog.cpp" line="579"/>
        <source>The records have no field &quot;%1&quot;. Choose the field that holds the text.</source>
        <translation>Die Datensätze haben kein Feld „%1“. Wählen Sie das Feld, das den Text enthält.</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/import_dialog.cpp" line="598"/>
        <source>The dataset could not be added: %1</source>
        <translation>Der Datensatz konnte nicht hinzugefügt werden: %1</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/import_dialog.cpp" line="606"/>
        <source>Dataset %1 added, but its scan did not start: %2</source>
        <translation>Datensatz %1 hinzugefügt, aber sein Scan wurde nicht gestartet: %2</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/import_dialog.cpp" line="609"/>
        <source>Dataset %1 added; scanning it now (see the Jobs dock).</source>
        <translation>Datensatz %1 hinzugefügt; er wird jetzt gescannt (siehe Aufgabenleiste „Jobs“).</translation>
    </message>
</context>
<context>
    <name>adaptlab::corpus_panel::InspectPanel</name>
    <message>
        <location filename="../plugins/corpus/inspect_panel.cpp" line="37"/>
        <source>Corpus</source>
        <translation>Korpus</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/inspect_panel.cpp" line="38"/>
        <source>Look inside a dataset before training on it. Overview: how much text there is, how much of it repeats and where it comes from. Quality rules: the Gopher and C4 heuristics as numbers per document; move a threshold and see at once how many documents and words each rule removes. Documents: read any document and see why a rule flags it. Duplicates: exact copies and near copies side by side. Actions: write a filtered, deduplicated or DSIR-selected dataset that remembers how it was made.</source>
        <translation>Schauen Sie in einen Datensatz, bevor Sie damit trainieren. Übersicht: wie viel Text es gibt, wie viel sich wiederholt und woher er stammt. Qualitätsregeln: die Heuristiken von Gopher und C4 als Zahlen pro Dokument; verschieben Sie einen Schwellenwert und sehen Sie sofort, wie viele Dokumente und Wörter jede Regel entfernt. Dokumente: Lesen Sie jedes Dokument und sehen Sie, warum eine Regel es markiert. Duplikate: exakte und beinahe gleiche Kopien nebeneinander. Aktionen: Schreiben Sie einen gefilterten, deduplizierten oder per DSIR ausgewählten Datensatz, der festhält, wie er entstanden ist.</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/inspect_panel.cpp" line="47"/>
        <source>No project is open. Create or open a project, then import a corpus in the Data step.</source>
        <translation>Kein Projekt geöffnet. Erstellen oder öffnen Sie ein Projekt und importieren Sie dann einen Korpus im Schritt „Daten“.</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/inspect_panel.cpp" line="66"/>
        <location filename="../plugins/corpus/inspect_panel.cpp" line="233"/>
        <source>Scan</source>
        <translation>Scannen</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/inspect_panel.cpp" line="78"/>
        <location filename="../plugins/corpus/inspect_panel.cpp" line="93"/>
        <source>Show examples</source>
        <translation>Beispiele anzeigen</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/inspect_panel.cpp" line="93"/>
        <source>Hide examples</source>
        <translation>Beispiele ausblenden</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/inspect_panel.cpp" line="104"/>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/inspect_panel.cpp" line="105"/>
        <source>Quality rules</source>
        <translation>Qualitätsregeln</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/inspect_panel.cpp" line="106"/>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/inspect_panel.cpp" line="107"/>
        <source>Duplicates</source>
        <translation>Duplikate</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/inspect_panel.cpp" line="108"/>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/inspect_panel.cpp" line="111"/>
        <source>Dataset:</source>
        <translation>Datensatz:</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/inspect_panel.cpp" line="166"/>
        <source>%1 (documents: %2)</source>
        <translation>%1 (Dokumente: %2)</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/inspect_panel.cpp" line="200"/>
        <source>The scan did not start: %1</source>
        <translation>Der Scan wurde nicht gestartet: %1</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/inspect_panel.cpp" line="204"/>
        <source>Scanning %1; progress and Stop are in the Jobs dock.</source>
        <translation>%1 wird gescannt; Fortschritt und „Stoppen“ finden Sie in der Leiste „Jobs“.</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/inspect_panel.cpp" line="208"/>
        <source>The scan did not finish: %1</source>
        <translation>Der Scan wurde nicht beendet: %1</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/inspect_panel.cpp" line="209"/>
        <source>it was stopped</source>
        <translation>er wurde gestoppt</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/inspect_panel.cpp" line="210"/>
        <source>it failed (see the Jobs dock)</source>
        <translation>er ist fehlgeschlagen (siehe Leiste „Jobs“)</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/inspect_panel.cpp" line="224"/>
        <source>No datasets yet: import a corpus in the Data step.</source>
        <translation>Noch keine Datensätze: Importieren Sie einen Korpus im Schritt „Daten“.</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/inspect_panel.cpp" line="233"/>
        <source>Scan again</source>
        <translation>Erneut scannen</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/inspect_panel.cpp" line="237"/>
        <source>Not scanned yet. Scan it to see its statistics, quality signals and duplicates.</source>
        <translation>Noch nicht gescannt. Scannen Sie ihn, um Statistiken, Qualitätssignale und Duplikate zu sehen.</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/inspect_panel.cpp" line="240"/>
        <source>Documents: %1; files: %2.</source>
        <translation>Dokumente: %1; Dateien: %2.</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/inspect_panel.cpp" line="251"/>
        <source>Partial scan: some input could not be read to its end, so the numbers below cover only what was read. Records skipped: %1</source>
        <translation>Unvollständiger Scan: Einige Eingaben konnten nicht bis zum Ende gelesen werden, daher beziehen sich die Zahlen unten nur auf das Gelesene. Übersprungene Datensätze: %1</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/inspect_panel.cpp" line="252"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/inspect_panel.cpp" line="254"/>
        <source>Some records could not be read and were skipped: %1</source>
        <translation>Einige Datensätze konnten nicht gelesen werden und wurden übersprungen: %1</translation>
    </message>
</context>
<context>
    <name>adaptlab::corpus_panel::InspectSession</name>
    <message>
        <location filename="../plugins/corpus/inspect_session.cpp" line="157"/>
        <source>The dataset&apos;s field mapping cannot be read: %1</source>
        <translation>Die Feldzuordnung des Datensatzes kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/inspect_session.cpp" line="175"/>
        <source>The dataset&apos;s scan results cannot be read: %1. Scan it again.</source>
        <translation>Die Scan-Ergebnisse des Datensatzes können nicht gelesen werden: %1. Scannen Sie ihn erneut.</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/inspect_session.cpp" line="241"/>
        <source>Counting what the rules remove failed: %1</source>
        <translation>Das Zählen der von den Regeln entfernten Dokumente ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>adaptlab::corpus_panel::OverviewTab</name>
    <message>
        <location filename="../plugins/corpus/overview_tab.cpp" line="46"/>
        <source>URL host</source>
        <translation>URL-Host</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/overview_tab.cpp" line="58"/>
        <source>documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/overview_tab.cpp" line="58"/>
        <source>Documents the scan read (broken records are counted as problems, not documents).</source>
        <translation>Vom Scan gelesene Dokumente (fehlerhafte Datensätze zählen als Probleme, nicht als Dokumente).</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/overview_tab.cpp" line="60"/>
        <source>words</source>
        <translation>Wörter</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/overview_tab.cpp" line="60"/>
        <source>Whitespace-separated words with at least one non-punctuation character.</source>
        <translation>Durch Leerraum getrennte Wörter mit mindestens einem Zeichen, das kein Satzzeichen ist.</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/overview_tab.cpp" line="62"/>
        <source>of text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/overview_tab.cpp" line="62"/>
        <source>Size of the documents&apos; text in UTF-8, without JSON syntax or compression.</source>
        <translation>Größe des Texts der Dokumente in UTF-8, ohne JSON-Syntax und Komprimierung.</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/overview_tab.cpp" line="64"/>
        <source>exact duplicates</source>
        <translation>exakte Duplikate</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/overview_tab.cpp" line="64"/>
        <source>Documents whose normalized text repeats an earlier document.</source>
        <translation>Dokumente, deren normalisierter Text ein früheres Dokument wiederholt.</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/overview_tab.cpp" line="66"/>
        <location filename="../plugins/corpus/overview_tab.cpp" line="197"/>
        <source>near duplicates</source>
        <translation>Beinahe-Duplikate</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/overview_tab.cpp" line="66"/>
        <source>Documents in a MinHash-LSH cluster that they do not lead (word 5-gram shingles, 14 bands of 8 rows: similarity above about 0.72).</source>
        <translation>Dokumente in einem MinHash-LSH-Cluster, das sie nicht anführen (Wort-5-Gramm-Shingles, 14 Bänder mit je 8 Zeilen: Ähnlichkeit über etwa 0,72).</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/overview_tab.cpp" line="68"/>
        <location filename="../plugins/corpus/overview_tab.cpp" line="226"/>
        <location filename="../plugins/corpus/overview_tab.cpp" line="232"/>
        <source>tokens</source>
        <translation>Token</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/overview_tab.cpp" line="68"/>
        <source>Token counts need a tokenizer: train or add one in the Tokenizer step.</source>
        <translation>Token-Anzahlen brauchen einen Tokenizer: Trainieren oder fügen Sie einen im Schritt „Tokenizer“ hinzu.</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/overview_tab.cpp" line="70"/>
        <source>removed by the enabled rules</source>
        <translation>von den aktivierten Regeln entfernt</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/overview_tab.cpp" line="70"/>
        <source>Documents failing at least one enabled quality rule, with the thresholds as set in Quality rules.</source>
        <translation>Dokumente, die mindestens eine aktivierte Qualitätsregel verletzen, mit den Schwellenwerten aus „Qualitätsregeln“.</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/overview_tab.cpp" line="86"/>
        <source>fail %1 rules</source>
        <translation>verletzen %1-Regeln</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/overview_tab.cpp" line="87"/>
        <source>Share of documents failing at least one enabled rule of this family.</source>
        <translation>Anteil der Dokumente, die mindestens eine aktivierte Regel dieser Familie verletzen.</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/overview_tab.cpp" line="98"/>
        <source>Length</source>
        <translation>Länge</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/overview_tab.cpp" line="108"/>
        <source>Metadata</source>
        <translation>Metadaten</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/overview_tab.cpp" line="113"/>
        <source>Most frequent values of</source>
        <translation>Häufigste Werte von</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/overview_tab.cpp" line="117"/>
        <source>This dataset has no metadata fields. Map fields such as url or source on import to see where its documents come from.</source>
        <translation>Dieser Datensatz hat keine Metadatenfelder. Ordnen Sie beim Import Felder wie url oder source zu, um zu sehen, woher seine Dokumente stammen.</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/overview_tab.cpp" line="125"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/overview_tab.cpp" line="125"/>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/overview_tab.cpp" line="125"/>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/overview_tab.cpp" line="196"/>
        <source>near duplicates (clusters: %1)</source>
        <translation>Beinahe-Duplikate (Cluster: %1)</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/overview_tab.cpp" line="225"/>
        <source>no tokenizer yet</source>
        <translation>noch kein Tokenizer</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/overview_tab.cpp" line="228"/>
        <source>not counted</source>
        <translation>nicht gezählt</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/overview_tab.cpp" line="229"/>
        <source>tokens: tokenize this dataset in the Tokenizer step</source>
        <translation>Token: Tokenisieren Sie diesen Datensatz im Schritt „Tokenizer“</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/overview_tab.cpp" line="246"/>
        <source>counting…</source>
        <translation>zähle …</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/overview_tab.cpp" line="278"/>
        <location filename="../plugins/corpus/overview_tab.cpp" line="297"/>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/overview_tab.cpp" line="302"/>
        <source>%1 (#%2)</source>
        <translation>%1 (Nr. %2)</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/overview_tab.cpp" line="325"/>
        <source>Top %1 values of %2</source>
        <translation>Die %1 häufigsten Werte von %2</translation>
    </message>
</context>
<context>
    <name>adaptlab::corpus_panel::PreviewTableModel</name>
    <message>
        <location filename="../plugins/corpus/preview_table_model.cpp" line="52"/>
        <source>%1 = %2</source>
        <comment>metadata field = value</comment>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/preview_table_model.cpp" line="90"/>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/preview_table_model.cpp" line="91"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/preview_table_model.cpp" line="92"/>
        <source>Characters</source>
        <translation>Zeichen</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/preview_table_model.cpp" line="93"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/preview_table_model.cpp" line="94"/>
        <source>Metadata</source>
        <translation>Metadaten</translation>
    </message>
</context>
<context>
    <name>adaptlab::corpus_panel::ProblemTableModel</name>
    <message>
        <location filename="../plugins/corpus/problem_table_model.cpp" line="26"/>
        <source>%1: %2</source>
        <comment>problem kind: count</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/problem_table_model.cpp" line="76"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/problem_table_model.cpp" line="77"/>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/problem_table_model.cpp" line="78"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>adaptlab::corpus_panel::QualityTab</name>
    <message>
        <location filename="../plugins/corpus/quality_tab.cpp" line="56"/>
        <source>Reset to defaults</source>
        <translation>Auf Standardwerte zurücksetzen</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/quality_tab.cpp" line="57"/>
        <source>Switch every rule on again with the thresholds of the papers (Gopher as in datatrove, C4 as in TFDS).</source>
        <translation>Alle Regeln wieder einschalten, mit den Schwellenwerten der Veröffentlichungen (Gopher wie in datatrove, C4 wie in TFDS).</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/quality_tab.cpp" line="61"/>
        <source>Tick a rule to use it when filtering; change its threshold on its chart below (drag the red line or type the value). &quot;Alone&quot; is what a rule removes by itself, &quot;in sequence&quot; what it removes after the rules above it. Double-click a rule to see its chart.</source>
        <translation>Haken Sie eine Regel an, um sie beim Filtern zu verwenden; ändern Sie ihren Schwellenwert im Diagramm unten (rote Linie ziehen oder Wert eingeben). „Allein“ ist, was eine Regel für sich entfernt, „nacheinander“, was sie nach den Regeln darüber entfernt. Doppelklicken Sie auf eine Regel, um ihr Diagramm zu sehen.</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/quality_tab.cpp" line="121"/>
        <source>Other signals</source>
        <translation>Weitere Signale</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/quality_tab.cpp" line="165"/>
        <source>Scan the dataset to count what the rules remove.</source>
        <translation>Scannen Sie den Datensatz, um zu zählen, was die Regeln entfernen.</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/quality_tab.cpp" line="168"/>
        <source>Counting what the rules remove…</source>
        <translation>Zähle, was die Regeln entfernen …</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/quality_tab.cpp" line="170"/>
        <source>The enabled rules remove %1 of %2 documents and %3 of %4 words.</source>
        <translation>Die aktivierten Regeln entfernen %1 von %2 Dokumenten und %3 von %4 Wörtern.</translation>
    </message>
</context>
<context>
    <name>adaptlab::corpus_panel::RuleTableModel</name>
    <message>
        <location filename="../plugins/corpus/rule_table_model.cpp" line="78"/>
        <source>%1 %2</source>
        <comment>bound and threshold, e.g. &apos;at least 50&apos;</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/rule_table_model.cpp" line="84"/>
        <location filename="../plugins/corpus/rule_table_model.cpp" line="88"/>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/rule_table_model.cpp" line="110"/>
        <source>What this rule would remove if it were the only rule.</source>
        <translation>Was diese Regel entfernen würde, wenn sie die einzige Regel wäre.</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/rule_table_model.cpp" line="113"/>
        <source>What this rule removes that the enabled rules above it have not removed already.</source>
        <translation>Was diese Regel entfernt, das die aktivierten Regeln darüber nicht schon entfernt haben.</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/rule_table_model.cpp" line="128"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/rule_table_model.cpp" line="129"/>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/rule_table_model.cpp" line="130"/>
        <source>Keeps documents with</source>
        <translation>Behält Dokumente mit</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/rule_table_model.cpp" line="131"/>
        <source>Removes alone</source>
        <translation>Entfernt allein</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/rule_table_model.cpp" line="132"/>
        <source>Words alone</source>
        <translation>Wörter allein</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/rule_table_model.cpp" line="133"/>
        <source>Removes in sequence</source>
        <translation>Entfernt nacheinander</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/rule_table_model.cpp" line="134"/>
        <source>Words in sequence</source>
        <translation>Wörter nacheinander</translation>
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
