<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CorpusText</name>
    <message>
        <location filename="../widgets/corpus/corpus_text.cpp" line="17"/>
        <source>Invalid JSON</source>
        <translation>Ungültiges JSON</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/corpus_text.cpp" line="19"/>
        <source>Text field missing</source>
        <translation>Textfeld fehlt</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/corpus_text.cpp" line="21"/>
        <source>Text field is not a string</source>
        <translation>Textfeld ist keine Zeichenkette</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/corpus_text.cpp" line="23"/>
        <source>Invalid UTF-8</source>
        <translation>Ungültiges UTF-8</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/corpus_text.cpp" line="25"/>
        <source>Record too long</source>
        <translation>Eintrag zu lang</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/corpus_text.cpp" line="27"/>
        <source>Compressed file cut short</source>
        <translation>Komprimierte Datei abgeschnitten</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/corpus_text.cpp" line="29"/>
        <source>Empty file</source>
        <translation>Leere Datei</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/corpus_text.cpp" line="31"/>
        <source>Binary file</source>
        <translation>Binärdatei</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/corpus_text.cpp" line="33"/>
        <source>Unreadable file</source>
        <translation>Nicht lesbare Datei</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/corpus_text.cpp" line="35"/>
        <source>File cut short while read</source>
        <translation>Datei beim Lesen gekürzt</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/corpus_text.cpp" line="37"/>
        <source>Compression differs from the name (read by content)</source>
        <translation>Kompression passt nicht zum Namen (nach Inhalt gelesen)</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/corpus_text.cpp" line="39"/>
        <source>Metadata field left out</source>
        <translation>Metadatenfeld ausgelassen</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/corpus_text.cpp" line="47"/>
        <source>%1, line %2</source>
        <translation>%1, Zeile %2</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/corpus_text.cpp" line="53"/>
        <source>Characters</source>
        <translation>Zeichen</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/corpus_text.cpp" line="54"/>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/corpus_text.cpp" line="55"/>
        <source>Words</source>
        <translation>Wörter</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/corpus_text.cpp" line="56"/>
        <source>Lines</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/corpus_text.cpp" line="57"/>
        <source>Mean word length</source>
        <translation>Mittlere Wortlänge</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/corpus_text.cpp" line="58"/>
        <source>Hashes per word</source>
        <translation>Rauten pro Wort</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/corpus_text.cpp" line="59"/>
        <source>Ellipses per word</source>
        <translation>Auslassungspunkte pro Wort</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/corpus_text.cpp" line="60"/>
        <source>Bullet lines</source>
        <translation>Aufzählungszeilen</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/corpus_text.cpp" line="61"/>
        <source>Lines ending in an ellipsis</source>
        <translation>Zeilen mit Auslassungspunkten am Ende</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/corpus_text.cpp" line="62"/>
        <source>Words with a letter</source>
        <translation>Wörter mit Buchstaben</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/corpus_text.cpp" line="63"/>
        <source>Stop words</source>
        <translation>Stoppwörter</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/corpus_text.cpp" line="64"/>
        <source>Duplicate lines</source>
        <translation>Doppelte Zeilen</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/corpus_text.cpp" line="65"/>
        <source>Duplicate paragraphs</source>
        <translation>Doppelte Absätze</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/corpus_text.cpp" line="66"/>
        <source>Characters in duplicate lines</source>
        <translation>Zeichen in doppelten Zeilen</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/corpus_text.cpp" line="67"/>
        <source>Characters in duplicate paragraphs</source>
        <translation>Zeichen in doppelten Absätzen</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/corpus_text.cpp" line="68"/>
        <location filename="../widgets/corpus/corpus_text.cpp" line="69"/>
        <location filename="../widgets/corpus/corpus_text.cpp" line="70"/>
        <source>Top %1-gram coverage</source>
        <translation>Abdeckung durch das häufigste %1-Gramm</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/corpus_text.cpp" line="71"/>
        <location filename="../widgets/corpus/corpus_text.cpp" line="72"/>
        <location filename="../widgets/corpus/corpus_text.cpp" line="73"/>
        <location filename="../widgets/corpus/corpus_text.cpp" line="74"/>
        <location filename="../widgets/corpus/corpus_text.cpp" line="75"/>
        <location filename="../widgets/corpus/corpus_text.cpp" line="76"/>
        <source>Duplicate %1-gram coverage</source>
        <translation>Abdeckung durch doppelte %1-Gramme</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/corpus_text.cpp" line="77"/>
        <source>Lines C4 drops</source>
        <translation>Von C4 entfernte Zeilen</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/corpus_text.cpp" line="78"/>
        <source>Lines mentioning JavaScript</source>
        <translation>Zeilen, die JavaScript erwähnen</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/corpus_text.cpp" line="79"/>
        <source>Terms-of-use and cookie lines</source>
        <translation>Zeilen zu Nutzungsbedingungen und Cookies</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/corpus_text.cpp" line="80"/>
        <source>Lorem ipsum</source>
        <translation>Lorem ipsum</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/corpus_text.cpp" line="81"/>
        <source>Curly braces</source>
        <translation>Geschweifte Klammern</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/corpus_text.cpp" line="82"/>
        <source>Sentences</source>
        <translation>Sätze</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/corpus_text.cpp" line="92"/>
        <source>Number of characters in the document.</source>
        <translation>Anzahl der Zeichen im Dokument.</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/corpus_text.cpp" line="94"/>
        <source>Size of the document&apos;s text in UTF-8 bytes.</source>
        <translation>Größe des Dokumenttexts in UTF-8-Bytes.</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/corpus_text.cpp" line="96"/>
        <source>Number of words: whitespace-separated tokens with at least one character that is not punctuation. Very short documents carry little to learn from; extremely long ones are often dumps or logs.</source>
        <translation>Anzahl der Wörter: durch Leerraum getrennte Tokens mit mindestens einem Zeichen, das kein Satzzeichen ist. Sehr kurze Dokumente bieten wenig zu lernen; extrem lange sind oft Dumps oder Protokolle.</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/corpus_text.cpp" line="100"/>
        <source>Number of lines in the document.</source>
        <translation>Anzahl der Zeilen im Dokument.</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/corpus_text.cpp" line="102"/>
        <source>Average word length in characters. Natural prose sits between 3 and 10; outside that range the text is usually code, tables, URLs or gibberish.</source>
        <translation>Durchschnittliche Wortlänge in Zeichen. Natürliche Prosa liegt zwischen 3 und 10; außerhalb dieses Bereichs ist der Text meist Code, Tabellen, URLs oder Kauderwelsch.</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/corpus_text.cpp" line="105"/>
        <source>Number of &apos;#&apos; characters per word. Many hashes point to hashtag lists, markup or code comments.</source>
        <translation>Anzahl der &apos;#&apos;-Zeichen pro Wort. Viele Rauten deuten auf Hashtag-Listen, Markup oder Code-Kommentare hin.</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/corpus_text.cpp" line="108"/>
        <source>Ellipses (&apos;...&apos; or &apos;…&apos;) per word. Many ellipses point to truncated snippets, such as search results or teasers.</source>
        <translation>Auslassungspunkte (&apos;...&apos; oder &apos;…&apos;) pro Wort. Viele Auslassungspunkte deuten auf abgeschnittene Ausschnitte hin, etwa Suchergebnisse oder Teaser.</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/corpus_text.cpp" line="111"/>
        <source>Share of lines that start with a bullet (&apos;•&apos; or &apos;-&apos;). Pages made of bullets are usually menus or link lists.</source>
        <translation>Anteil der Zeilen, die mit einem Aufzählungszeichen (&apos;•&apos; oder &apos;-&apos;) beginnen. Seiten aus Aufzählungen sind meist Menüs oder Linklisten.</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/corpus_text.cpp" line="114"/>
        <source>Share of lines that end with an ellipsis, typical of lists of truncated previews.</source>
        <translation>Anteil der Zeilen, die mit Auslassungspunkten enden, typisch für Listen abgeschnittener Vorschauen.</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/corpus_text.cpp" line="117"/>
        <source>Share of words that contain at least one letter. Low values mean numbers, symbols or markup rather than language.</source>
        <translation>Anteil der Wörter, die mindestens einen Buchstaben enthalten. Niedrige Werte bedeuten Zahlen, Symbole oder Markup statt Sprache.</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/corpus_text.cpp" line="120"/>
        <source>How many of the English function words &apos;the, be, to, of, and, that, have, with&apos; occur. Real English sentences use at least two of them.</source>
        <translation>Wie viele der englischen Funktionswörter &apos;the, be, to, of, and, that, have, with&apos; vorkommen. Echte englische Sätze verwenden mindestens zwei davon.</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/corpus_text.cpp" line="123"/>
        <source>Share of lines that repeat an earlier line of the same document.</source>
        <translation>Anteil der Zeilen, die eine frühere Zeile desselben Dokuments wiederholen.</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/corpus_text.cpp" line="125"/>
        <source>Share of paragraphs that repeat an earlier paragraph of the same document.</source>
        <translation>Anteil der Absätze, die einen früheren Absatz desselben Dokuments wiederholen.</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/corpus_text.cpp" line="127"/>
        <source>Share of the document&apos;s characters that sit in repeated lines.</source>
        <translation>Anteil der Zeichen des Dokuments, die in wiederholten Zeilen stehen.</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/corpus_text.cpp" line="129"/>
        <source>Share of the document&apos;s characters that sit in repeated paragraphs.</source>
        <translation>Anteil der Zeichen des Dokuments, die in wiederholten Absätzen stehen.</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/corpus_text.cpp" line="133"/>
        <source>Share of characters covered by the most frequent word n-gram. High values mean one phrase is repeated over and over.</source>
        <translation>Anteil der Zeichen, die vom häufigsten Wort-n-Gramm abgedeckt werden. Hohe Werte bedeuten, dass eine Phrase immer wieder wiederholt wird.</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/corpus_text.cpp" line="141"/>
        <source>Share of characters covered by word n-grams that occur more than once. High values mean long passages are repeated.</source>
        <translation>Anteil der Zeichen, die von mehrfach vorkommenden Wort-n-Grammen abgedeckt werden. Hohe Werte bedeuten, dass lange Passagen wiederholt werden.</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/corpus_text.cpp" line="144"/>
        <source>Share of lines C4&apos;s line rules would remove: lines without terminal punctuation, with fewer than 5 words, or mentioning JavaScript or cookie and terms-of-use phrases.</source>
        <translation>Anteil der Zeilen, die die Zeilenregeln von C4 entfernen würden: Zeilen ohne abschließendes Satzzeichen, mit weniger als 5 Wörtern oder mit Erwähnungen von JavaScript, Cookies oder Nutzungsbedingungen.</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/corpus_text.cpp" line="148"/>
        <source>Lines that mention JavaScript, usually browser warnings left in scraped pages.</source>
        <translation>Zeilen, die JavaScript erwähnen, meist Browserwarnungen, die in gecrawlten Seiten stehen geblieben sind.</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/corpus_text.cpp" line="150"/>
        <source>Lines with terms-of-use, privacy-policy or cookie phrases.</source>
        <translation>Zeilen mit Formulierungen zu Nutzungsbedingungen, Datenschutz oder Cookies.</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/corpus_text.cpp" line="152"/>
        <source>Whether the page contains &apos;lorem ipsum&apos; placeholder text.</source>
        <translation>Ob die Seite den Platzhaltertext &apos;lorem ipsum&apos; enthält.</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/corpus_text.cpp" line="154"/>
        <source>Whether the page contains a curly brace &apos;{&apos;, which in web text almost always means code.</source>
        <translation>Ob die Seite eine geschweifte Klammer &apos;{&apos; enthält, was in Webtext fast immer Code bedeutet.</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/corpus_text.cpp" line="157"/>
        <source>Number of sentences. C4 drops pages with fewer than 3.</source>
        <translation>Anzahl der Sätze. C4 verwirft Seiten mit weniger als 3.</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/corpus_text.cpp" line="204"/>
        <source>Gopher quality</source>
        <translation>Gopher-Qualität</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/corpus_text.cpp" line="206"/>
        <source>Gopher repetition</source>
        <translation>Gopher-Wiederholung</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/corpus_text.cpp" line="208"/>
        <source>C4</source>
        <translation>C4</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/corpus_text.cpp" line="216"/>
        <source>%1: none</source>
        <comment>rule that allows no occurrence, e.g. &apos;Lorem ipsum: none&apos;</comment>
        <translation>%1: keine</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/corpus_text.cpp" line="219"/>
        <source>%1 ≥ %2</source>
        <comment>rule: signal at least threshold</comment>
        <translation>%1 ≥ %2</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/corpus_text.cpp" line="220"/>
        <source>%1 ≤ %2</source>
        <comment>rule: signal at most threshold</comment>
        <translation>%1 ≤ %2</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/corpus_text.cpp" line="225"/>
        <source>at least</source>
        <translation>mindestens</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/corpus_text.cpp" line="225"/>
        <source>at most</source>
        <translation>höchstens</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/corpus_text.cpp" line="238"/>
        <source>One document per file</source>
        <translation>Ein Dokument pro Datei</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/corpus_text.cpp" line="240"/>
        <source>One document per block (split on blank lines)</source>
        <translation>Ein Dokument pro Block (an Leerzeilen getrennt)</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/corpus_text.cpp" line="242"/>
        <source>One document per line</source>
        <translation>Ein Dokument pro Zeile</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/corpus_text.cpp" line="291"/>
        <source>Closer to the target than a random sample of the same size by %1 (KL divergence)</source>
        <translation>Um %1 näher am Ziel als eine Zufallsstichprobe gleicher Größe (KL-Divergenz)</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/corpus_text.cpp" line="292"/>
        <source>No closer to the target than a random sample of the same size (KL divergence %1 higher)</source>
        <translation>Nicht näher am Ziel als eine Zufallsstichprobe gleicher Größe (KL-Divergenz um %1 höher)</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/corpus_text.cpp" line="256"/>
        <source>%1 (%2)</source>
        <comment>a count and its share, e.g. 12 (4.0%)</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>HelpContent</name>
    <message>
        <location filename="../app/gui/help_content.cpp" line="26"/>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="27"/>
        <source>&lt;p&gt;A project is one folder that holds everything an adaptation needs: the datasets you bring in, tokenizers, token shards and every run with its settings, log and results. Create one with &lt;b&gt;File &amp;gt; New Project…&lt;/b&gt; (choose an empty folder) or open one with &lt;b&gt;File &amp;gt; Open Project…&lt;/b&gt;. Moving or copying the folder moves or copies the project.&lt;/p&gt;&lt;p&gt;The &lt;b&gt;Project&lt;/b&gt; step shows what the open project holds: its datasets, the runs started in it and how many of them are running, done, failed or stopped.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ein Projekt ist ein Ordner, der alles enthält, was eine Anpassung braucht: die Datensätze, die Sie einbringen, Tokenizer, Token-Shards und jeden Lauf mit seinen Einstellungen, seinem Protokoll und seinen Ergebnissen. Legen Sie eines mit &lt;b&gt;Datei &amp;gt; Neues Projekt…&lt;/b&gt; an (wählen Sie einen leeren Ordner) oder öffnen Sie eines mit &lt;b&gt;Datei &amp;gt; Projekt öffnen…&lt;/b&gt;. Wer den Ordner verschiebt oder kopiert, verschiebt oder kopiert das Projekt.&lt;/p&gt;&lt;p&gt;Der Schritt &lt;b&gt;Projekt&lt;/b&gt; zeigt, was das geöffnete Projekt enthält: seine Datensätze, die darin gestarteten Läufe und wie viele davon laufen, fertig, fehlgeschlagen oder angehalten sind.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="33"/>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="34"/>
        <source>&lt;p&gt;&lt;b&gt;Import corpus…&lt;/b&gt; brings a corpus into the project: one file, several files read as one dataset (the shards of one corpus), or a folder with a file pattern. Plain text and JSON Lines are read, also compressed with zstd (.zst) or gzip (.gz). Nothing is copied: the project remembers where the files are and how to read them.&lt;/p&gt;&lt;p&gt;Before anything is added, the dialog shows the first %1 as they will be read: for JSON Lines, which field holds the text and which fields are kept as metadata (URL, source, date, …); for plain text, whether a file, a block or a line is one %2. A quick pre-scan of the start of each file lists broken records; &lt;b&gt;Scan the whole corpus&lt;/b&gt; reads all of it. An empty or binary file, or one whose records are all broken, cannot be imported, and the dialog says why.&lt;/p&gt;&lt;p&gt;Importing starts a full scan (counts, %3, duplicates), which you explore in Inspect. Datasets made in Inspect (filtered, deduplicated, selected) are listed here with the dataset they came from and their %4. &lt;b&gt;Remove…&lt;/b&gt; (or the Delete key) takes a dataset out of the project after telling you which files go; your own corpus files are never touched.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Korpus importieren …&lt;/b&gt; holt ein Korpus ins Projekt: eine Datei, mehrere Dateien, die als ein Datensatz gelesen werden (die Teile eines Korpus), oder einen Ordner mit einem Dateimuster. Gelesen werden Klartext und JSON Lines, auch mit zstd (.zst) oder gzip (.gz) komprimiert. Nichts wird kopiert: Das Projekt merkt sich, wo die Dateien liegen und wie sie zu lesen sind.&lt;/p&gt;&lt;p&gt;Bevor etwas hinzugefügt wird, zeigt der Dialog die ersten %1 so, wie sie gelesen werden: bei JSON Lines, welches Feld den Text enthält und welche Felder als Metadaten behalten werden (URL, Quelle, Datum, …); bei Klartext, ob eine Datei, ein Block oder eine Zeile ein %2 ist. Eine schnelle Vorprüfung des Anfangs jeder Datei listet fehlerhafte Einträge auf; &lt;b&gt;Ganzes Korpus prüfen&lt;/b&gt; liest alles. Eine leere oder binäre Datei oder eine, deren Einträge alle fehlerhaft sind, kann nicht importiert werden, und der Dialog sagt, warum.&lt;/p&gt;&lt;p&gt;Der Import startet einen vollständigen Prüflauf (Anzahlen, %3, Duplikate), dessen Ergebnisse Sie in „Untersuchen“ erkunden. In „Untersuchen“ erzeugte Datensätze (gefiltert, dedupliziert, ausgewählt) werden hier mit dem Datensatz, aus dem sie stammen, und mit ihrer %4 aufgeführt. &lt;b&gt;Entfernen …&lt;/b&gt; (oder die Entf-Taste) nimmt einen Datensatz aus dem Projekt, nachdem Ihnen gesagt wurde, welche Dateien gelöscht werden; Ihre eigenen Korpusdateien werden nie angetastet.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="48"/>
        <source>records</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="49"/>
        <source>document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="50"/>
        <source>quality signals</source>
        <translation>Qualitätssignale</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="51"/>
        <source>provenance</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="52"/>
        <source>Inspect</source>
        <translation>Untersuchen</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="53"/>
        <source>&lt;p&gt;Look inside a scanned dataset before training on it. The overview shows counts and histograms of document length and of every quality signal. Each %1 (from %2 and %3) is a threshold you can switch on or off, type, or drag on its histogram; the documents and words each rule removes, alone and in sequence, are counted again at once from the %4.&lt;/p&gt;&lt;p&gt;The document browser shows why a document fails a rule; the duplicates tab puts %5 side by side. The actions write derived datasets as jobs: &lt;b&gt;Filter&lt;/b&gt; with the rules as set, &lt;b&gt;Deduplicate&lt;/b&gt; (%6 and near duplicates with %7), and &lt;b&gt;Select&lt;/b&gt; the part of a large pool that looks most like a target dataset (%8).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Untersuchen Sie einen geprüften Datensatz, bevor Sie damit trainieren. Die Übersicht zeigt Anzahlen und Histogramme der Dokumentlänge und jedes Qualitätssignals. Jede %1 (aus %2 und %3) ist ein Schwellenwert, den Sie ein- oder ausschalten, eintippen oder in ihrem Histogramm ziehen können; die Dokumente und Wörter, die jede Regel allein und nacheinander entfernt, werden sofort neu aus der %4 gezählt.&lt;/p&gt;&lt;p&gt;Der Dokument-Browser zeigt, warum ein Dokument eine Regel verletzt; der Reiter „Duplikate“ stellt %5 nebeneinander. Die Aktionen schreiben abgeleitete Datensätze als Aufträge: &lt;b&gt;Filtern&lt;/b&gt; mit den eingestellten Regeln, &lt;b&gt;Deduplizieren&lt;/b&gt; (%6 und Beinahe-Duplikate mit %7) und &lt;b&gt;Auswählen&lt;/b&gt; des Teils eines großen Pools, der einem Zieldatensatz am ähnlichsten ist (%8).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="61"/>
        <source>quality rule</source>
        <translation>Qualitätsregel</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="62"/>
        <source>Gopher</source>
        <translation>Gopher</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="62"/>
        <source>C4</source>
        <translation>C4</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="63"/>
        <source>signals file</source>
        <translation>Signaldatei</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="64"/>
        <source>near duplicates</source>
        <translation>Beinahe-Duplikate</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="65"/>
        <source>exact</source>
        <translation>exakte</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="66"/>
        <location filename="../app/gui/help_content.cpp" line="240"/>
        <source>MinHash</source>
        <translation>MinHash</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="67"/>
        <source>DSIR</source>
        <translation>DSIR</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="68"/>
        <location filename="../app/gui/help_content.cpp" line="286"/>
        <source>Tokenizer</source>
        <translation>Tokenizer</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="81"/>
        <source>tokenizer</source>
        <translation>Tokenizer</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="82"/>
        <source>fertility</source>
        <translation>Fertilität</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="85"/>
        <source>Mixture</source>
        <translation>Mischung</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="96"/>
        <location filename="../app/gui/help_content.cpp" line="117"/>
        <source>replay</source>
        <translation>Replay</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="100"/>
        <source>Train</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="101"/>
        <source>&lt;p&gt;The Train panel runs %1 on domain text and %2 on instruction data. Pick a base model (a size preset trained from scratch, a checkpoint of an earlier run, or a Hugging Face model folder, whose size is shown). For continued pre-training tick the datasets to train on with their weights and how much general data to mix back in (%3). For instruction tuning pick an instruction dataset (Alpaca, chat messages or ShareGPT) and a %4: the panel shows an example as the model sees it, with the tokens the loss covers highlighted; %5 trains small adapters instead of the whole model. Set steps, sequence length, batch and learning rate (presets fill them); the panel shows the memory and time the run needs before Start. Training runs as a job that keeps running when the window closes: the Run tab follows it with the training loss, the held-out loss of each source, the learning rate and the speed, stops it (it saves a checkpoint first) and resumes it from any checkpoint it kept. A finished run can be merged (an adapter into its base, or the %6 of an instruction-tuned model added to a domain model) and exported as a Hugging Face folder or a %7 file. Generate tries a checkpoint on a prompt. %8 comes later.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Der Bereich „Training“ führt %1 auf Domänentext und %2 auf Instruktionsdaten aus. Wählen Sie ein Basismodell (eine Größenvoreinstellung, die von Grund auf trainiert wird, einen Checkpoint eines früheren Laufs oder einen Hugging-Face-Modellordner, dessen Größe angezeigt wird). Für fortgesetztes Vortraining haken Sie die Datensätze, auf denen trainiert werden soll, mit ihren Gewichten an und legen fest, wie viele allgemeine Daten wieder beigemischt werden (%3). Für Instruction-Tuning wählen Sie einen Instruktionsdatensatz (Alpaca, Chat-Nachrichten oder ShareGPT) und eine %4: Der Bereich zeigt ein Beispiel so, wie das Modell es sieht, und hebt die Tokens hervor, auf die der Verlust eingeht; %5 trainiert kleine Adapter statt des ganzen Modells. Legen Sie Schritte, Sequenzlänge, Batch und Lernrate fest (Voreinstellungen füllen sie aus); vor dem Start zeigt der Bereich, wie viel Speicher und Zeit der Lauf braucht. Das Training läuft als Auftrag, der weiterläuft, wenn das Fenster geschlossen wird: Der Reiter „Lauf“ verfolgt ihn mit dem Trainingsverlust, dem zurückgehaltenen Verlust jeder Quelle, der Lernrate und der Geschwindigkeit, hält ihn an (zuvor speichert er einen Checkpoint) und setzt ihn von jedem aufbewahrten Checkpoint aus fort. Ein abgeschlossener Lauf kann zusammengeführt werden (ein Adapter mit seinem Basismodell, oder das %6 eines Instruct-Modells wird zu einem Domänenmodell addiert) und als Hugging-Face-Ordner oder %7-Datei exportiert werden. „Generieren“ probiert einen Checkpoint an einem Prompt aus. %8 folgt später.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="115"/>
        <source>continued pre-training</source>
        <translation>fortgesetztes Vortraining</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="123"/>
        <source>Evaluate</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="131"/>
        <source>perplexity</source>
        <translation>Perplexität</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="132"/>
        <source>Compare</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="144"/>
        <source>run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="136"/>
        <source>Jobs</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="69"/>
        <source>&lt;p&gt;A %1 cuts text into the pieces a model reads. A tokenizer trained on general text splits domain words (legal, medical, code) into many pieces; its %2 on your data shows how much.&lt;/p&gt;&lt;p&gt;The Tokenizer panel lists the project&apos;s tokenizers. &lt;b&gt;Train…&lt;/b&gt; makes a SentencePiece tokenizer (unigram or BPE) from a sample of your datasets; &lt;b&gt;Import…&lt;/b&gt; brings in the one of the model you adapt, from its folder (&lt;code&gt;tokenizer.model&lt;/code&gt; or &lt;code&gt;tokenizer.json&lt;/code&gt;). &lt;b&gt;Vocabulary&lt;/b&gt; lists and searches its pieces; &lt;b&gt;Playground&lt;/b&gt; shows how a text is cut, beside a second tokenizer if you like; &lt;b&gt;Fertility&lt;/b&gt; measures tokens per word of one or two tokenizers on your datasets and lists the words that cost the most tokens, split as the tokenizer splits them (the %3). &lt;b&gt;Shards&lt;/b&gt; tokenizes a dataset once into %4 that training reads; the same dataset and tokenizer reuse them, a changed one rebuilds them.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ein %1 zerlegt Text in die Stücke, die ein Modell liest. Ein auf allgemeinem Text trainierter Tokenizer zerlegt Fachwörter (Recht, Medizin, Code) in viele Stücke; seine %2 auf Ihren Daten zeigt, wie stark.&lt;/p&gt;&lt;p&gt;Das Tokenizer-Panel listet die Tokenizer des Projekts auf. &lt;b&gt;Trainieren…&lt;/b&gt; erstellt einen SentencePiece-Tokenizer (Unigram oder BPE) aus einer Stichprobe Ihrer Datensätze; &lt;b&gt;Importieren…&lt;/b&gt; übernimmt den Tokenizer des Modells, das Sie anpassen, aus dessen Ordner (&lt;code&gt;tokenizer.model&lt;/code&gt; oder &lt;code&gt;tokenizer.json&lt;/code&gt;). &lt;b&gt;Vokabular&lt;/b&gt; listet seine Stücke auf und durchsucht sie; &lt;b&gt;Testfeld&lt;/b&gt; zeigt, wie ein Text zerlegt wird, auf Wunsch neben einem zweiten Tokenizer; &lt;b&gt;Fertilität&lt;/b&gt; misst die Tokens pro Wort von einem oder zwei Tokenizern auf Ihren Datensätzen und listet die Wörter auf, die die meisten Tokens kosten, zerlegt so, wie der Tokenizer sie zerlegt (die %3). &lt;b&gt;Shards&lt;/b&gt; tokenisiert einen Datensatz einmal in %4, die das Training liest; derselbe Datensatz mit demselben Tokenizer verwendet sie wieder, ein geänderter baut sie neu.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="83"/>
        <source>vocabulary gap</source>
        <translation>Vokabularlücke</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="84"/>
        <source>token shards</source>
        <translation>Token-Shards</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="86"/>
        <source>&lt;p&gt;Decides what a run trains on before it starts. The &lt;b&gt;Plan&lt;/b&gt; tab lists the project&apos;s token shards (one row per dataset tokenized in the Tokenizer step): tick the sources to train on, give each a weight, and mark general data as %1 with the share of every batch it takes (about 5% for a weak shift, 25% for a strong one). Set the budget (total tokens, sequence length, batch, seed), optional end-of-training %2 of the domain and %3 (metadata conditioning, then a cooldown on plain text).&lt;/p&gt;&lt;p&gt;As you edit, the plan shows what it implies: the tokens and %4 of each source (more than 4 epochs is marked: repeated data stops helping), where a source runs out and starts repeating, warnings about the plan, and the mix over training as a picture of each source&apos;s share from start to end. Plans are saved in the project (&lt;code&gt;plans/&amp;lt;name&amp;gt;.json&lt;/code&gt;); &lt;b&gt;Train with this plan&lt;/b&gt; starts a training run that reads its data from the plan, followed in the Train step.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Legt fest, worauf ein Lauf trainiert, bevor er startet. Der Reiter &lt;b&gt;Plan&lt;/b&gt; listet die Token-Shards des Projekts (eine Zeile pro Datensatz, der im Schritt „Tokenizer“ tokenisiert wurde): Haken Sie die Quellen an, auf denen trainiert werden soll, geben Sie jeder ein Gewicht und markieren Sie allgemeine Daten als %1 mit dem Anteil, den sie an jedem Batch haben (etwa 5 % bei einer schwachen Verschiebung, 25 % bei einer starken). Legen Sie das Budget fest (Tokens insgesamt, Sequenzlänge, Batch, Seed), optional ein %2 der Domäne am Trainingsende und %3 (Metadaten-Konditionierung, danach ein Cooldown auf reinem Text).&lt;/p&gt;&lt;p&gt;Während Sie bearbeiten, zeigt der Plan, was aus ihm folgt: die Tokens und %4 jeder Quelle (mehr als 4 Epochen werden markiert: Wiederholte Daten helfen dann nicht mehr), wo eine Quelle erschöpft ist und sich zu wiederholen beginnt, Warnungen zum Plan und die Mischung über das Training als Bild des Anteils jeder Quelle vom Anfang bis zum Ende. Pläne werden im Projekt gespeichert (&lt;code&gt;plans/&amp;lt;name&amp;gt;.json&lt;/code&gt;); &lt;b&gt;Mit diesem Plan trainieren&lt;/b&gt; startet einen Trainingslauf, der seine Daten aus dem Plan liest und im Schritt „Training“ verfolgt wird.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="97"/>
        <source>upsampling</source>
        <translation>Upsampling</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="98"/>
        <source>MeCo</source>
        <translation>MeCo</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="99"/>
        <source>epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="116"/>
        <source>supervised fine-tuning</source>
        <translation>überwachtes Feintuning</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="118"/>
        <location filename="../app/gui/help_content.cpp" line="130"/>
        <source>chat template</source>
        <translation>Chat-Vorlage</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="119"/>
        <location filename="../app/gui/help_content.cpp" line="129"/>
        <source>LoRA</source>
        <translation>LoRA</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="120"/>
        <source>instruction residual</source>
        <translation>Instruktionsresiduum</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="121"/>
        <location filename="../app/gui/help_content.cpp" line="198"/>
        <source>GGUF</source>
        <translation>GGUF</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="122"/>
        <source>Metadata conditioning</source>
        <translation>Metadaten-Konditionierung</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="124"/>
        <source>&lt;p&gt;The &lt;b&gt;Playground&lt;/b&gt; sends one prompt to two or more models side by side (the base, a continued pre-training run, an instruction-tuned run, a merge, each with or without a %1 adapter) and streams their answers token by token with the time each token took; the %2 can be applied or not. Measuring a checkpoint (held-out loss and %3 per source, multiple-choice accuracy) comes later.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Das &lt;b&gt;Testfeld&lt;/b&gt; schickt einen Prompt an zwei oder mehr Modelle nebeneinander (das Basismodell, einen Lauf mit fortgesetztem Vortraining, einen Instruction-Tuning-Lauf, eine Zusammenführung, jeweils mit oder ohne %1-Adapter) und streamt ihre Antworten Token für Token mit der Zeit, die jedes Token gebraucht hat; die %2 lässt sich anwenden oder weglassen. Das Messen eines Checkpoints (zurückgehaltener Verlust und %3 pro Quelle, Multiple-Choice-Genauigkeit) folgt später.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="133"/>
        <source>&lt;p&gt;Puts several %1 side by side: their metrics on one chart, the differences in their settings, and tables and charts to export. Not in the app yet.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Stellt mehrere %1 nebeneinander: ihre Metriken in einem gemeinsamen Diagramm, die Unterschiede in ihren Einstellungen sowie Tabellen und Diagramme zum Exportieren. Noch nicht in der App.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="135"/>
        <source>runs</source>
        <comment>the plural, linked to the glossary</comment>
        <translation>Läufe</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="137"/>
        <source>&lt;p&gt;Long work (scans, filtering, tokenizer training, training) runs as a separate process, a %1, and appears in the &lt;b&gt;Jobs&lt;/b&gt; dock with its progress and time left. &lt;b&gt;Stop&lt;/b&gt; asks it to finish cleanly. &lt;b&gt;Open log&lt;/b&gt; shows everything it printed and follows new lines while it runs. A failed job shows its exit code and the last lines of its log.&lt;/p&gt;&lt;p&gt;Closing the window does not stop a running job: reopen the project and it is found again. Every run keeps its spec, log and outputs in the project&apos;s &lt;code&gt;runs/&lt;/code&gt; folder.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Lange Arbeiten (Prüfläufe, Filtern, Tokenizer-Training, Training) laufen als eigener Prozess, als %1, und erscheinen in der Leiste &lt;b&gt;Aufträge&lt;/b&gt; mit ihrem Fortschritt und der Restzeit. &lt;b&gt;Anhalten&lt;/b&gt; bittet einen Auftrag, sich sauber zu beenden. &lt;b&gt;Protokoll öffnen&lt;/b&gt; zeigt alles, was er ausgegeben hat, und folgt neuen Zeilen, während er läuft. Ein fehlgeschlagener Auftrag zeigt seinen Exit-Code und die letzten Zeilen seines Protokolls.&lt;/p&gt;&lt;p&gt;Das Schließen des Fensters hält einen laufenden Auftrag nicht an: Öffnen Sie das Projekt erneut, und er wird wiedergefunden. Jeder Lauf bewahrt seine Auftragsbeschreibung, sein Protokoll und seine Ergebnisse im Ordner &lt;code&gt;runs/&lt;/code&gt; des Projekts auf.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="151"/>
        <source>C4 rules</source>
        <translation>C4-Regeln</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="152"/>
        <source>&lt;p&gt;The cleaning rules used to build the Colossal Clean Crawled Corpus (Raffel et al., 2020): keep lines that end in terminal punctuation, drop lines that mention JavaScript or read like cookie and terms-of-use notices, and drop documents with &quot;lorem ipsum&quot;, a curly brace, or too few sentences.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die Bereinigungsregeln, mit denen das Colossal Clean Crawled Corpus erstellt wurde (Raffel et al., 2020): Zeilen behalten, die mit einem abschließenden Satzzeichen enden, Zeilen verwerfen, die JavaScript erwähnen oder wie Cookie- und Nutzungsbedingungshinweise klingen, und Dokumente verwerfen, die „lorem ipsum“, eine geschweifte Klammer oder zu wenige Sätze enthalten.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="156"/>
        <source>Chat template</source>
        <translation>Chat-Vorlage</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="157"/>
        <source>&lt;p&gt;How a conversation is written out for a model: the markers around each turn, such as &lt;code&gt;&amp;lt;|im_start|&amp;gt;user&lt;/code&gt; in ChatML or &lt;code&gt;[INST]&lt;/code&gt; in Llama-2. A model answers best in the template it was tuned with; its folder often names it (&lt;code&gt;chat_template&lt;/code&gt; in &lt;code&gt;tokenizer_config.json&lt;/code&gt;). In &lt;a href=&quot;#sft&quot;&gt;SFT&lt;/a&gt; only the answers and the marker that ends them are trained on.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wie ein Gespräch für ein Modell ausgeschrieben wird: die Markierungen um jeden Redebeitrag, etwa &lt;code&gt;&amp;lt;|im_start|&amp;gt;user&lt;/code&gt; in ChatML oder &lt;code&gt;[INST]&lt;/code&gt; in Llama-2. Ein Modell antwortet am besten in der Vorlage, mit der es feinabgestimmt wurde; sein Ordner nennt sie oft (&lt;code&gt;chat_template&lt;/code&gt; in &lt;code&gt;tokenizer_config.json&lt;/code&gt;). Beim &lt;a href=&quot;#sft&quot;&gt;SFT&lt;/a&gt; wird nur auf den Antworten und der Markierung trainiert, die sie beendet.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="162"/>
        <source>CPT (continued pre-training)</source>
        <translation>CPT (fortgesetztes Vortraining)</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="163"/>
        <source>&lt;p&gt;Training a general model further on domain text with its original objective, predicting the next token. It teaches the domain&apos;s words and facts; mixing in some general text (&lt;a href=&quot;#replay&quot;&gt;replay&lt;/a&gt;) keeps it from forgetting.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ein allgemeines Modell wird mit seinem ursprünglichen Ziel, der Vorhersage des nächsten Tokens, auf Domänentext weitertrainiert. Das lehrt es die Wörter und Fakten der Domäne; etwas beigemischter allgemeiner Text (&lt;a href=&quot;#replay&quot;&gt;Replay&lt;/a&gt;) bewahrt es vor dem Vergessen.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="166"/>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="167"/>
        <source>&lt;p&gt;A corpus registered in the project under a name: your files (never copied or changed) and how to read them, or a file the project wrote when it filtered, deduplicated or selected another dataset (a derived dataset, with its &lt;a href=&quot;#provenance&quot;&gt;provenance&lt;/a&gt;). A dataset is made of &lt;a href=&quot;#document&quot;&gt;documents&lt;/a&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ein Korpus, das unter einem Namen im Projekt registriert ist: Ihre Dateien (nie kopiert oder verändert) und wie sie zu lesen sind, oder eine Datei, die das Projekt geschrieben hat, als es einen anderen Datensatz gefiltert, dedupliziert oder daraus ausgewählt hat (ein abgeleiteter Datensatz, mit seiner &lt;a href=&quot;#provenance&quot;&gt;Herkunft&lt;/a&gt;). Ein Datensatz besteht aus &lt;a href=&quot;#document&quot;&gt;Dokumenten&lt;/a&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="171"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="172"/>
        <source>&lt;p&gt;One unit of text as the reader delivers it: the text field of a JSON Lines &lt;a href=&quot;#record&quot;&gt;record&lt;/a&gt;, or a whole text file, a block between blank lines, or a line, as chosen on import. Quality signals, rules and duplicates are per document.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Eine Texteinheit, wie sie beim Einlesen entsteht: das Textfeld eines JSON-Lines-&lt;a href=&quot;#record&quot;&gt;Eintrags&lt;/a&gt; oder, je nach Wahl beim Import, eine ganze Textdatei, ein Block zwischen Leerzeilen oder eine Zeile. Qualitätssignale, Regeln und Duplikate gelten pro Dokument.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="175"/>
        <source>DSIR (data selection with importance resampling)</source>
        <translation>DSIR (Datenauswahl mit Importance Resampling)</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="176"/>
        <source>&lt;p&gt;Picks from a large raw pool the part that looks most like a small target dataset (Xie et al., 2023). Both are modelled as counts of hashed word n-grams; each chunk of the pool gets the weight p_target / p_raw, and k chunks are drawn by those weights. The &lt;a href=&quot;#kl&quot;&gt;KL divergence&lt;/a&gt; to the target before and after shows how much closer the selection is.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wählt aus einem großen Rohdaten-Pool den Teil aus, der einem kleinen Zieldatensatz am ähnlichsten ist (Xie et al., 2023). Beide werden als Zählungen gehashter Wort-n-Gramme modelliert; jeder Abschnitt des Pools erhält das Gewicht p_target / p_raw, und k Abschnitte werden nach diesen Gewichten gezogen. Die &lt;a href=&quot;#kl&quot;&gt;KL-Divergenz&lt;/a&gt; zum Ziel vorher und nachher zeigt, wie viel näher die Auswahl dem Ziel ist.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="181"/>
        <source>Epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="182"/>
        <source>&lt;p&gt;One pass over a source: a run that trains on twice the tokens a source has reads it for two epochs, each document twice. A few epochs help almost as much as new data; beyond about 4, repeated data stops helping (Muennighoff et al., 2023), so the Mixture step marks it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ein Durchgang durch eine Quelle: Ein Lauf, der auf doppelt so vielen Tokens trainiert, wie eine Quelle hat, liest sie zwei Epochen lang, jedes Dokument zweimal. Einige wenige Epochen helfen fast so viel wie neue Daten; ab etwa 4 helfen wiederholte Daten nicht mehr (Muennighoff et al., 2023), daher markiert der Schritt „Mischung“ dies.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="185"/>
        <source>Exact duplicate</source>
        <translation>Exaktes Duplikat</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="186"/>
        <source>&lt;p&gt;A document whose text is identical to another&apos;s (same hash of the whole text). Deduplication keeps the first and removes the others.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ein Dokument, dessen Text mit dem eines anderen identisch ist (gleicher Hash des ganzen Texts). Die Deduplizierung behält das erste und entfernt die anderen.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="188"/>
        <source>Fertility</source>
        <translation>Fertilität</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="189"/>
        <source>&lt;p&gt;How many tokens a &lt;a href=&quot;#tokenizer&quot;&gt;tokenizer&lt;/a&gt; needs per word of a text. Lower is better: the model sees more text per token. A general tokenizer often has a high fertility on domain text, which a tokenizer trained on that domain lowers.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wie viele Tokens ein &lt;a href=&quot;#tokenizer&quot;&gt;Tokenizer&lt;/a&gt; pro Wort eines Texts braucht. Niedriger ist besser: Das Modell sieht mehr Text pro Token. Ein allgemeiner Tokenizer hat auf Domänentext oft eine hohe Fertilität, die ein auf dieser Domäne trainierter Tokenizer senkt.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="192"/>
        <source>Gopher rules</source>
        <translation>Gopher-Regeln</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="193"/>
        <source>&lt;p&gt;Quality heuristics from DeepMind&apos;s Gopher paper (Rae et al., 2021), used to clean web text: a document should have 50 to 100,000 words, a mean word length of 3 to 10 characters, few hash signs and ellipses, few bullet lines, mostly words with a letter, and some common stop words. The repetition rules remove documents made of repeated lines, paragraphs or n-grams.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Qualitätsheuristiken aus DeepMinds Gopher-Veröffentlichung (Rae et al., 2021), mit denen Webtext bereinigt wird: Ein Dokument sollte 50 bis 100.000 Wörter haben, eine mittlere Wortlänge von 3 bis 10 Zeichen, wenige Rauten und Auslassungspunkte, wenige Aufzählungszeilen, überwiegend Wörter mit Buchstaben und einige häufige Stoppwörter. Die Wiederholungsregeln entfernen Dokumente, die aus wiederholten Zeilen, Absätzen oder n-Grammen bestehen.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="199"/>
        <source>&lt;p&gt;The single-file model format llama.cpp and Ollama run: the weights (F32 or F16 here) with the architecture and the tokenizer written into the file.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Das Einzeldatei-Modellformat, das llama.cpp und Ollama ausführen: die Gewichte (hier F32 oder F16), mit der Architektur und dem Tokenizer in der Datei.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="201"/>
        <source>Instruction residual</source>
        <translation>Instruktionsresiduum</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="202"/>
        <source>&lt;p&gt;What instruction tuning changed in a model: the instruction-tuned weights minus the base weights. Added to a model that continued pre-training on domain text from the same base (Hirano and Imajo, 2024), it gives that model the habit of following instructions without instruction data; lambda scales how much is added (1 by default).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Was das Instruction-Tuning an einem Modell verändert hat: die Gewichte des Instruct-Modells minus die Gewichte des Basismodells. Zu einem Modell addiert, das vom selben Basismodell aus auf Domänentext fortgesetzt vortrainiert wurde (Hirano und Imajo, 2024), gibt es diesem Modell die Gewohnheit, Anweisungen zu befolgen, ganz ohne Instruktionsdaten; Lambda skaliert, wie viel addiert wird (standardmäßig 1).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="206"/>
        <source>Jaccard similarity</source>
        <translation>Jaccard-Ähnlichkeit</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="207"/>
        <source>&lt;p&gt;How much two sets overlap: the size of their intersection divided by the size of their union, from 0 (nothing shared) to 1 (the same). Here the sets are a document&apos;s shingles, runs of five words, so two documents with a Jaccard similarity of 0.8 share most of their wording.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wie stark sich zwei Mengen überschneiden: die Größe ihrer Schnittmenge geteilt durch die Größe ihrer Vereinigung, von 0 (nichts gemeinsam) bis 1 (identisch). Hier sind die Mengen die Shingles eines Dokuments, Folgen von fünf Wörtern; zwei Dokumente mit einer Jaccard-Ähnlichkeit von 0,8 teilen also den Großteil ihres Wortlauts.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="211"/>
        <source>KL divergence</source>
        <translation>KL-Divergenz</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="212"/>
        <source>&lt;p&gt;Kullback–Leibler divergence: how different one probability distribution is from another; 0 when they are the same. &lt;a href=&quot;#dsir&quot;&gt;DSIR&lt;/a&gt; reports it between the target&apos;s n-gram distribution and the data&apos;s, before and after selection; a larger reduction means the selected data is closer to the target.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Kullback-Leibler-Divergenz: wie verschieden eine Wahrscheinlichkeitsverteilung von einer anderen ist; 0, wenn beide gleich sind. &lt;a href=&quot;#dsir&quot;&gt;DSIR&lt;/a&gt; gibt sie zwischen der n-Gramm-Verteilung des Ziels und der der Daten an, vor und nach der Auswahl; eine größere Verringerung bedeutet, dass die ausgewählten Daten näher am Ziel sind.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="216"/>
        <source>LoRA (low-rank adaptation)</source>
        <translation>LoRA (Low-Rank-Adaptation)</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="217"/>
        <source>&lt;p&gt;Fine-tuning that leaves the model&apos;s weights as they are and trains two small matrices beside chosen layers instead (Hu et al., 2021): a fraction of the parameters, so it needs far less memory. The result is an adapter folder that Hugging Face PEFT loads; it can be merged into the model for good.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Feintuning, das die Gewichte des Modells unverändert lässt und stattdessen zwei kleine Matrizen neben ausgewählten Schichten trainiert (Hu et al., 2021): ein Bruchteil der Parameter, daher braucht es weit weniger Speicher. Das Ergebnis ist ein Adapter-Ordner, den Hugging Face PEFT lädt; er kann dauerhaft mit dem Modell zusammengeführt werden.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="221"/>
        <source>LSH (locality-sensitive hashing)</source>
        <translation>LSH (Locality-Sensitive Hashing)</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="222"/>
        <source>&lt;p&gt;A way to find similar documents without comparing every pair. Each &lt;a href=&quot;#minhash&quot;&gt;MinHash&lt;/a&gt; signature is cut into b bands of r rows; two documents become candidates when any band matches. Pairs with a &lt;a href=&quot;#jaccard&quot;&gt;Jaccard similarity&lt;/a&gt; above about (1/b)^(1/r) are almost always caught, pairs well below it almost never.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ein Verfahren, ähnliche Dokumente zu finden, ohne jedes Paar zu vergleichen. Jede &lt;a href=&quot;#minhash&quot;&gt;MinHash&lt;/a&gt;-Signatur wird in b Bänder zu je r Zeilen zerlegt; zwei Dokumente werden zu Kandidaten, wenn irgendein Band übereinstimmt. Paare mit einer &lt;a href=&quot;#jaccard&quot;&gt;Jaccard-Ähnlichkeit&lt;/a&gt; über etwa (1/b)^(1/r) werden fast immer erfasst, Paare deutlich darunter fast nie.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="227"/>
        <source>MeCo (metadata conditioning then cooldown)</source>
        <translation>MeCo (Metadaten-Konditionierung, dann Cooldown)</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="228"/>
        <source>&lt;p&gt;A training recipe (Gao et al., 2025): for most of training each document is preceded by its metadata, such as its URL or source, so the model learns what kind of text it is reading; the last part of training (the cooldown) uses plain text, so the model works without metadata.&lt;/p&gt;&lt;p&gt;The prefix (&quot;URL: en.wikipedia.org&quot; and a blank line, or &quot;Source: foldoc&quot;) is read but not trained on; documents without the field are trained plainly. The cooldown, 10% of the steps by default, keeps the optimizer state and the learning-rate schedule. A MeCo run reports two held-out losses: on plain documents (how the model is used) and with the prefixes. Generation and scoring can be conditioned on metadata too (the Playground&apos;s &quot;Condition on metadata&quot;, &lt;tt&gt;adaptlab-cli generate --metadata&lt;/tt&gt;). The paper&apos;s ablations: no cooldown, and hashed metadata (a stable code instead of the words, which keeps the grouping only).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ein Trainingsrezept (Gao et al., 2025): Während des größten Teils des Trainings stehen vor jedem Dokument dessen Metadaten, etwa seine URL oder Quelle, sodass das Modell lernt, welche Art Text es liest; der letzte Teil des Trainings (der Cooldown) verwendet reinen Text, sodass das Modell auch ohne Metadaten funktioniert.&lt;/p&gt;&lt;p&gt;Das Präfix („URL: en.wikipedia.org“ und eine Leerzeile, oder „Source: foldoc“) wird gelesen, aber nicht trainiert; Dokumente ohne das Feld werden normal trainiert. Der Cooldown, standardmäßig 10 % der Schritte, behält den Optimiererzustand und den Lernraten-Zeitplan bei. Ein MeCo-Lauf meldet zwei zurückgehaltene Verluste: auf reinen Dokumenten (so, wie das Modell verwendet wird) und mit den Präfixen. Auch Generierung und Bewertung lassen sich auf Metadaten konditionieren („Auf Metadaten konditionieren“ im Testfeld, &lt;tt&gt;adaptlab-cli generate --metadata&lt;/tt&gt;). Die Ablationen des Papers: kein Cooldown und gehashte Metadaten (ein stabiler Code statt der Wörter, der nur die Gruppierung bewahrt).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="270"/>
        <source>&lt;p&gt;Mixing some general data back into domain training so the model does not forget what it knew (catastrophic forgetting). A few percent of general text is often enough: about 5% of every batch for a weak shift (more of the same language), about 25% for a strong one (a new language or a distant domain) (Ibrahim et al., 2024).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Allgemeine Daten werden wieder in das Domänentraining gemischt, damit das Modell nicht vergisst, was es wusste (katastrophales Vergessen). Einige Prozent allgemeiner Text reichen oft aus: etwa 5 % jedes Batches bei einer schwachen Verschiebung (mehr von derselben Sprache), etwa 25 % bei einer starken (eine neue Sprache oder eine weit entfernte Domäne) (Ibrahim et al., 2024).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="304"/>
        <source>Upsampling (end of training)</source>
        <translation>Upsampling (Trainingsende)</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="305"/>
        <source>&lt;p&gt;Raising the domain&apos;s share of the data for the last part of training only, typically the final 10–20% of the steps, while the learning rate decays (Blakeney et al., 2024). It sharpens the domain without the forgetting that a whole run on domain data causes; it is never the whole run.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Der Anteil der Domäne an den Daten wird nur für den letzten Teil des Trainings erhöht, typischerweise für die letzten 10–20 % der Schritte, während die Lernrate abfällt (Blakeney et al., 2024). Das schärft die Domäne ohne das Vergessen, das ein ganzer Lauf auf Domänendaten verursacht; es umfasst nie den ganzen Lauf.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="309"/>
        <source>Scaling law (mixture ratio)</source>
        <translation>Skalierungsgesetz (Mischungsverhältnis)</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="310"/>
        <source>&lt;p&gt;A formula fitted to a few short pilot runs that predicts the domain and the general held-out loss from the domain&apos;s share of the data. &lt;b&gt;D-CPT&lt;/b&gt; (Que et al., 2024) also models the amount of training data; &lt;b&gt;CMR&lt;/b&gt; (Gu et al., 2024) fits each loss as a·R&lt;sup&gt;s&lt;/sup&gt; + b of the domain share R at the final token count. The &lt;b&gt;critical mixture ratio&lt;/b&gt; is the largest domain share that keeps the general loss within a small margin (0.05) of the loss without domain data. A recommendation is only made when the fit is good (R² and Huber loss are shown); with a poor fit, run more or longer pilots.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Eine Formel, die an einige kurze Pilotläufe angepasst wird und den zurückgehaltenen Verlust auf der Domäne und auf allgemeinen Daten aus dem Anteil der Domäne an den Daten vorhersagt. &lt;b&gt;D-CPT&lt;/b&gt; (Que et al., 2024) modelliert auch die Menge der Trainingsdaten; &lt;b&gt;CMR&lt;/b&gt; (Gu et al., 2024) passt jeden Verlust als a·R&lt;sup&gt;s&lt;/sup&gt; + b des Domänenanteils R bei der endgültigen Tokenanzahl an. Das &lt;b&gt;kritische Mischungsverhältnis&lt;/b&gt; ist der größte Domänenanteil, bei dem der allgemeine Verlust innerhalb einer kleinen Marge (0,05) des Verlusts ohne Domänendaten bleibt. Eine Empfehlung wird nur gegeben, wenn die Anpassung gut ist (R² und Huber-Verlust werden angezeigt); bei schlechter Anpassung führen Sie mehr oder längere Pilotläufe aus.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="317"/>
        <source>Clustering (domain discovery)</source>
        <translation>Clustering (Domänen entdecken)</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="318"/>
        <source>&lt;p&gt;Grouping documents by what they are about without labels: each document is turned into a vector by a model of the project (the mean of its last hidden states), and k-means puts similar vectors together. Each cluster&apos;s most distinctive words and examples say what it holds; clusters can be saved as datasets and mixed like any other source (as in CLIMB, Diao et al., 2025).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Dokumente werden ohne Labels danach gruppiert, worum es in ihnen geht: Ein Modell des Projekts macht aus jedem Dokument einen Vektor (den Mittelwert seiner letzten verborgenen Zustände), und k-Means fasst ähnliche Vektoren zusammen. Die markantesten Wörter und Beispiele jedes Clusters zeigen, was er enthält; Cluster können als Datensätze gespeichert und wie jede andere Quelle gemischt werden (wie in CLIMB, Diao et al., 2025).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="241"/>
        <source>&lt;p&gt;A short signature of a document&apos;s set of shingles (runs of words) with one property: the chance that two signatures agree at a position equals the &lt;a href=&quot;#jaccard&quot;&gt;Jaccard similarity&lt;/a&gt; of the two sets. Signatures are compared with &lt;a href=&quot;#lsh&quot;&gt;LSH&lt;/a&gt; to find &lt;a href=&quot;#near-duplicate&quot;&gt;near duplicates&lt;/a&gt; quickly.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Eine kurze Signatur der Shingle-Menge eines Dokuments (Folgen von Wörtern) mit einer besonderen Eigenschaft: Die Wahrscheinlichkeit, dass zwei Signaturen an einer Position übereinstimmen, ist gleich der &lt;a href=&quot;#jaccard&quot;&gt;Jaccard-Ähnlichkeit&lt;/a&gt; der beiden Mengen. Signaturen werden mit &lt;a href=&quot;#lsh&quot;&gt;LSH&lt;/a&gt; verglichen, um &lt;a href=&quot;#near-duplicate&quot;&gt;Beinahe-Duplikate&lt;/a&gt; schnell zu finden.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="245"/>
        <source>Near duplicate</source>
        <translation>Beinahe-Duplikat</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="246"/>
        <source>&lt;p&gt;A document that is almost the same as another: the same page with a different date or footer, a mirror, a lightly edited copy. Found with &lt;a href=&quot;#minhash&quot;&gt;MinHash&lt;/a&gt; and &lt;a href=&quot;#lsh&quot;&gt;LSH&lt;/a&gt;; deduplication keeps one document per cluster of near duplicates.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ein Dokument, das nahezu identisch mit einem anderen ist: dieselbe Seite mit anderem Datum oder anderer Fußzeile, ein Spiegel, eine leicht bearbeitete Kopie. Gefunden mit &lt;a href=&quot;#minhash&quot;&gt;MinHash&lt;/a&gt; und &lt;a href=&quot;#lsh&quot;&gt;LSH&lt;/a&gt;; die Deduplizierung behält ein Dokument pro Cluster von Beinahe-Duplikaten.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="250"/>
        <source>Perplexity</source>
        <translation>Perplexität</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="251"/>
        <source>&lt;p&gt;How surprised a language model is by a text: the exponential of its mean loss per token. Lower is better. Comparing it per source shows what a model learned and what it forgot.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wie überrascht ein Sprachmodell von einem Text ist: die Exponentialfunktion seines mittleren Verlusts pro Token. Niedriger ist besser. Ein Vergleich pro Quelle zeigt, was ein Modell gelernt und was es vergessen hat.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="254"/>
        <source>Provenance</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="255"/>
        <source>&lt;p&gt;How a derived dataset was made: the dataset it came from, the operation (filter, deduplicate, select, sample), its settings (rules and thresholds, bands and rows, target and k, seed) and the run that made it. It is recorded with the dataset and stays when the source dataset is removed.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wie ein abgeleiteter Datensatz entstanden ist: der Datensatz, aus dem er stammt, die Operation (filtern, deduplizieren, auswählen, Stichprobe ziehen), ihre Einstellungen (Regeln und Schwellenwerte, Bänder und Zeilen, Ziel und k, Seed) und der Lauf, der ihn erzeugt hat. Sie wird mit dem Datensatz gespeichert und bleibt erhalten, wenn der Quelldatensatz entfernt wird.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="259"/>
        <source>Quality rule</source>
        <translation>Qualitätsregel</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="260"/>
        <source>&lt;p&gt;A threshold on a per-document quality signal, such as &quot;at least 50 words&quot; or &quot;at most 30% duplicate lines&quot;. A document that fails any enabled rule is removed by Filter. The rules come from the &lt;a href=&quot;#gopher&quot;&gt;Gopher&lt;/a&gt; and &lt;a href=&quot;#c4&quot;&gt;C4&lt;/a&gt; recipes.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ein Schwellenwert für ein Qualitätssignal pro Dokument, etwa „mindestens 50 Wörter“ oder „höchstens 30 % doppelte Zeilen“. Ein Dokument, das eine aktivierte Regel verletzt, wird beim Filtern entfernt. Die Regeln stammen aus den Rezepten von &lt;a href=&quot;#gopher&quot;&gt;Gopher&lt;/a&gt; und &lt;a href=&quot;#c4&quot;&gt;C4&lt;/a&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="264"/>
        <source>Record</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="265"/>
        <source>&lt;p&gt;One entry of the input as stored: a line of a JSON Lines file, or the raw text a plain text file is split into. A good record becomes a &lt;a href=&quot;#document&quot;&gt;document&lt;/a&gt;; a broken one (invalid JSON, no text field, invalid UTF-8, too long) is skipped and counted with its file and line.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ein Eintrag der Eingabe, so wie er gespeichert ist: eine Zeile einer JSON-Lines-Datei oder der Rohtext, in den eine Klartextdatei aufgeteilt wird. Ein gültiger Eintrag wird zu einem &lt;a href=&quot;#document&quot;&gt;Dokument&lt;/a&gt;; ein fehlerhafter (ungültiges JSON, kein Textfeld, ungültiges UTF-8, zu lang) wird übersprungen und mit seiner Datei und Zeile gezählt.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="269"/>
        <source>Replay</source>
        <translation>Replay</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="274"/>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="275"/>
        <source>&lt;p&gt;One job started in the project: a scan, a filter, a tokenizer training, a training run. Each has a number and a folder &lt;code&gt;runs/&amp;lt;number&amp;gt;/&lt;/code&gt; with its spec, log and results; its status is running, done, failed or stopped.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ein im Projekt gestarteter Auftrag: ein Prüflauf, eine Filterung, ein Tokenizer-Training, ein Trainingslauf. Jeder hat eine Nummer und einen Ordner &lt;code&gt;runs/&amp;lt;Nummer&amp;gt;/&lt;/code&gt; mit seiner Auftragsbeschreibung, seinem Protokoll und seinen Ergebnissen; sein Status ist laufend, fertig, fehlgeschlagen oder angehalten.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="278"/>
        <source>SFT (supervised fine-tuning)</source>
        <translation>SFT (überwachtes Feintuning)</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="279"/>
        <source>&lt;p&gt;Training on examples of instructions and the answers wanted, with the loss on the answers only, so the model learns to follow instructions in the domain.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Training auf Beispielen von Anweisungen und den gewünschten Antworten, mit dem Verlust nur auf den Antworten, damit das Modell lernt, Anweisungen in der Domäne zu befolgen.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="281"/>
        <source>Signals file</source>
        <translation>Signaldatei</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="282"/>
        <source>&lt;p&gt;The file &lt;code&gt;datasets/&amp;lt;name&amp;gt;.signals&lt;/code&gt; a scan writes: for every document its position in the corpus, every quality signal, its hash and its MinHash bands. Thresholds are re-counted and duplicates found from it without reading the text again. Removing the dataset deletes it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die Datei &lt;code&gt;datasets/&amp;lt;Name&amp;gt;.signals&lt;/code&gt;, die ein Prüflauf schreibt: für jedes Dokument seine Position im Korpus, jedes Qualitätssignal, seinen Hash und seine MinHash-Bänder. Aus ihr werden Schwellenwerte neu ausgezählt und Duplikate gefunden, ohne den Text erneut zu lesen. Wird der Datensatz entfernt, wird sie gelöscht.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="287"/>
        <source>&lt;p&gt;Cuts text into tokens, the pieces of words a model reads, and back. AdaptLab trains SentencePiece tokenizers (unigram or BPE) on your datasets and measures their &lt;a href=&quot;#fertility&quot;&gt;fertility&lt;/a&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Zerlegt Text in Tokens, die Wortstücke, die ein Modell liest, und setzt sie wieder zusammen. AdaptLab trainiert SentencePiece-Tokenizer (Unigram oder BPE) auf Ihren Datensätzen und misst ihre &lt;a href=&quot;#fertility&quot;&gt;Fertilität&lt;/a&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="290"/>
        <source>Vocabulary gap</source>
        <translation>Vokabularlücke</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="291"/>
        <source>&lt;p&gt;The words of a dataset that a tokenizer has no piece for, so it spells them in several pieces (&lt;code&gt;hyperparameter&lt;/code&gt; as &lt;code&gt;hyper|param|eter&lt;/code&gt;). The list ranks them by the tokens they cost in total (how often they occur times their pieces): the top of the list is where a domain tokenizer, or added tokens, would save most.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die Wörter eines Datensatzes, für die ein Tokenizer kein Stück hat, sodass er sie aus mehreren Stücken zusammensetzt (&lt;code&gt;hyperparameter&lt;/code&gt; als &lt;code&gt;hyper|param|eter&lt;/code&gt;). Die Liste ordnet sie nach den Tokens, die sie insgesamt kosten (Häufigkeit mal Anzahl ihrer Stücke): Oben in der Liste würde ein Fach-Tokenizer oder würden zusätzliche Tokens am meisten einsparen.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="295"/>
        <source>Token shard</source>
        <translation>Token-Shard</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="296"/>
        <source>&lt;p&gt;A dataset already cut into tokens, in a file training reads directly: the token ids, where each document starts, and which file and metadata each came from, with a checksum. Built once per dataset and tokenizer, so no training run tokenizes again; a held-out part for measuring is written at the same time.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ein bereits in Tokens zerlegter Datensatz in einer Datei, die das Training direkt liest: die Token-IDs, wo jedes Dokument beginnt und aus welcher Datei und mit welchen Metadaten es stammt, samt Prüfsumme. Einmal pro Datensatz und Tokenizer erstellt, sodass kein Trainingslauf erneut tokenisiert; ein zurückgehaltener Teil zum Messen wird gleichzeitig geschrieben.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="300"/>
        <source>Byte fallback</source>
        <translation>Byte-Fallback</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="301"/>
        <source>&lt;p&gt;How a tokenizer spells a character it has no piece for: as its UTF-8 bytes, one token each, instead of an unknown token. Nothing is lost, but such characters cost several tokens; a high share on a dataset means the tokenizer does not know its script or symbols.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wie ein Tokenizer ein Zeichen schreibt, für das er kein Stück hat: als dessen UTF-8-Bytes, ein Token pro Byte, statt als unbekanntes Token. Es geht nichts verloren, aber solche Zeichen kosten mehrere Tokens; ein hoher Anteil in einem Datensatz bedeutet, dass der Tokenizer dessen Schrift oder Symbole nicht kennt.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>JobParams</name>
    <message>
        <location filename="../core/jobs/corpus_dedup_job.cpp" line="161"/>
        <source>Which duplicates to remove: exact copies, near duplicates, or both.</source>
        <translation>Welche Duplikate entfernt werden: exakte Kopien, Beinahe-Duplikate oder beide.</translation>
    </message>
    <message>
        <location filename="../core/jobs/corpus_dedup_job.cpp" line="163"/>
        <location filename="../core/jobs/corpus_inspect_job.cpp" line="122"/>
        <source>bands</source>
        <translation>Bänder</translation>
    </message>
    <message>
        <location filename="../core/jobs/corpus_dedup_job.cpp" line="164"/>
        <location filename="../core/jobs/corpus_inspect_job.cpp" line="123"/>
        <source>MinHash-LSH bands: more bands catch more near-duplicate pairs.</source>
        <translation>MinHash-LSH-Bänder: Mehr Bänder erfassen mehr Paare von Beinahe-Duplikaten.</translation>
    </message>
    <message>
        <location filename="../core/jobs/corpus_dedup_job.cpp" line="166"/>
        <location filename="../core/jobs/corpus_inspect_job.cpp" line="126"/>
        <location filename="../core/jobs/train_job.cpp" line="937"/>
        <location filename="../core/jobs/train_job.cpp" line="940"/>
        <location filename="../core/jobs/train_job.cpp" line="977"/>
        <source>rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <location filename="../core/jobs/corpus_dedup_job.cpp" line="167"/>
        <location filename="../core/jobs/corpus_inspect_job.cpp" line="127"/>
        <source>Rows per band: more rows demand more similarity before two documents are compared.</source>
        <translation>Zeilen pro Band: Mehr Zeilen verlangen mehr Ähnlichkeit, bevor zwei Dokumente verglichen werden.</translation>
    </message>
    <message>
        <location filename="../core/jobs/corpus_dedup_job.cpp" line="169"/>
        <source>Seed of the MinHash functions; the scan&apos;s seed lets dedup reuse its hashes.</source>
        <translation>Seed der MinHash-Funktionen; mit dem Seed des Prüflaufs kann die Deduplizierung dessen Hashes wiederverwenden.</translation>
    </message>
    <message>
        <location filename="../core/jobs/corpus_dedup_job.cpp" line="171"/>
        <location filename="../core/jobs/corpus_inspect_job.cpp" line="129"/>
        <source>Estimated Jaccard similarity from which a document counts as a near duplicate; default: the S-curve&apos;s midpoint for these bands and rows.</source>
        <translation>Geschätzte Jaccard-Ähnlichkeit, ab der ein Dokument als Beinahe-Duplikat gilt; Standard: der Mittelpunkt der S-Kurve für diese Bänder und Zeilen.</translation>
    </message>
    <message>
        <location filename="../core/jobs/corpus_filter_job.cpp" line="176"/>
        <source>Changes to the default quality rules: a list of {key, enabled, threshold}.</source>
        <translation>Änderungen an den Standard-Qualitätsregeln: eine Liste aus {key, enabled, threshold}.</translation>
    </message>
    <message>
        <location filename="../core/jobs/corpus_filter_job.cpp" line="179"/>
        <source>Also drop the lines C4&apos;s line rules reject from the kept documents.</source>
        <translation>Aus den behaltenen Dokumenten außerdem die Zeilen entfernen, die die Zeilenregeln von C4 ablehnen.</translation>
    </message>
    <message>
        <location filename="../core/jobs/corpus_inspect_job.cpp" line="117"/>
        <source>A JSON Lines file to write with every document&apos;s signals, one line each.</source>
        <translation>Eine JSON-Lines-Datei, in die die Signale jedes Dokuments geschrieben werden, je eine Zeile.</translation>
    </message>
    <message>
        <location filename="../core/jobs/corpus_inspect_job.cpp" line="119"/>
        <source>Where to keep the binary signals file of files that are no project dataset.</source>
        <translation>Wo die binäre Signaldatei für Dateien abgelegt wird, die kein Projektdatensatz sind.</translation>
    </message>
    <message>
        <location filename="../core/jobs/corpus_job_common.cpp" line="298"/>
        <source>The project dataset to read (or name files in inputs).</source>
        <translation>Der zu lesende Projektdatensatz (oder Dateien in inputs angeben).</translation>
    </message>
    <message>
        <location filename="../core/jobs/corpus_job_common.cpp" line="300"/>
        <source>Corpus files or folders to read as one corpus (instead of a dataset).</source>
        <translation>Korpusdateien oder Ordner, die als ein Korpus gelesen werden (statt eines Datensatzes).</translation>
    </message>
    <message>
        <location filename="../core/jobs/corpus_job_common.cpp" line="312"/>
        <source>The name of the new project dataset to write.</source>
        <translation>Der Name des neuen Projektdatensatzes, der geschrieben wird.</translation>
    </message>
    <message>
        <location filename="../core/jobs/corpus_job_common.cpp" line="314"/>
        <source>A .jsonl.zst file to write instead of a project dataset.</source>
        <translation>Eine .jsonl.zst-Datei, die statt eines Projektdatensatzes geschrieben wird.</translation>
    </message>
    <message>
        <location filename="../core/jobs/corpus_job_common.cpp" line="319"/>
        <source>threads</source>
        <translation>Threads</translation>
    </message>
    <message>
        <location filename="../core/jobs/corpus_job_common.cpp" line="320"/>
        <source>Worker threads; 0 uses every core available.</source>
        <translation>Worker-Threads; 0 nutzt alle verfügbaren Kerne.</translation>
    </message>
    <message>
        <location filename="../core/jobs/build_shards_job.cpp" line="132"/>
        <source>The tokenizer: a SentencePiece .model, a tokenizer.json, or a model folder holding either.</source>
        <translation>Der Tokenizer: eine SentencePiece-.model-Datei, eine tokenizer.json oder ein Modellordner, der eine davon enthält.</translation>
    </message>
    <message>
        <location filename="../core/jobs/build_shards_job.cpp" line="137"/>
        <location filename="../core/jobs/cluster_job.cpp" line="475"/>
        <location filename="../core/jobs/cluster_job.cpp" line="481"/>
        <location filename="../core/jobs/corpus_sample_job.cpp" line="90"/>
        <location filename="../core/jobs/tokenizer_fertility_job.cpp" line="198"/>
        <location filename="../core/jobs/train_job.cpp" line="967"/>
        <location filename="../core/jobs/train_tokenizer_job.cpp" line="291"/>
        <location filename="../core/jobs/train_tokenizer_job.cpp" line="294"/>
        <source>documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <location filename="../core/jobs/build_shards_job.cpp" line="138"/>
        <source>How many documents go to the held-out shard instead of training, chosen at random (seeded).</source>
        <translation>Wie viele Dokumente zufällig (mit Seed) ausgewählt in den zurückgehaltenen Shard statt ins Training gehen.</translation>
    </message>
    <message>
        <location filename="../core/jobs/build_shards_job.cpp" line="140"/>
        <source>Seed of the held-out choice: the same seed and inputs give the same split.</source>
        <translation>Seed der zurückgehaltenen Auswahl: Derselbe Seed mit denselben Eingaben ergibt dieselbe Aufteilung.</translation>
    </message>
    <message>
        <location filename="../core/jobs/build_shards_job.cpp" line="142"/>
        <source>A JSON field kept with each document (url keeps the host, for metadata conditioning).</source>
        <translation>Ein JSON-Feld, das mit jedem Dokument behalten wird (bei url bleibt der Host erhalten, für Metadaten-Konditionierung).</translation>
    </message>
    <message>
        <location filename="../core/jobs/build_shards_job.cpp" line="145"/>
        <source>Threads that tokenize (0: every core).</source>
        <translation>Threads, die tokenisieren (0: alle Kerne).</translation>
    </message>
    <message>
        <location filename="../core/jobs/build_shards_job.cpp" line="147"/>
        <source>MiB</source>
        <translation>MiB</translation>
    </message>
    <message>
        <location filename="../core/jobs/build_shards_job.cpp" line="148"/>
        <source>A shard file holds about this many MiB of tokens; more go to the next file.</source>
        <translation>Eine Shard-Datei fasst etwa so viele MiB an Tokens; weitere kommen in die nächste Datei.</translation>
    </message>
    <message>
        <location filename="../core/jobs/build_shards_job.cpp" line="151"/>
        <source>The folder the shards go to (default: the project&apos;s shards/&lt;dataset&gt;/&lt;tokenizer&gt;-&lt;options&gt;).</source>
        <translation>Der Ordner für die Shards (Standard: shards/&lt;dataset&gt;/&lt;tokenizer&gt;-&lt;options&gt; im Projekt).</translation>
    </message>
    <message>
        <location filename="../core/jobs/corpus_sample_job.cpp" line="91"/>
        <source>How many documents to sample (all of them when the corpus has fewer).</source>
        <translation>Wie viele Dokumente als Stichprobe gezogen werden (alle, wenn das Korpus weniger enthält).</translation>
    </message>
    <message>
        <location filename="../core/jobs/corpus_sample_job.cpp" line="94"/>
        <source>Seed of the sample: the same seed draws the same documents.</source>
        <translation>Seed der Stichprobe: Derselbe Seed zieht dieselben Dokumente.</translation>
    </message>
    <message>
        <location filename="../core/jobs/corpus_select_job.cpp" line="332"/>
        <source>The project dataset the selection should resemble.</source>
        <translation>Der Projektdatensatz, dem die Auswahl ähneln soll.</translation>
    </message>
    <message>
        <location filename="../core/jobs/corpus_select_job.cpp" line="335"/>
        <source>Corpus files or folders the selection should resemble (instead of a target dataset).</source>
        <translation>Korpusdateien oder Ordner, denen die Auswahl ähneln soll (statt eines Zieldatensatzes).</translation>
    </message>
    <message>
        <location filename="../core/jobs/corpus_select_job.cpp" line="338"/>
        <source>chunks or documents</source>
        <translation>Abschnitte oder Dokumente</translation>
    </message>
    <message>
        <location filename="../core/jobs/corpus_select_job.cpp" line="339"/>
        <source>How many chunks (or whole documents) to select.</source>
        <translation>Wie viele Abschnitte (oder ganze Dokumente) ausgewählt werden.</translation>
    </message>
    <message>
        <location filename="../core/jobs/corpus_select_job.cpp" line="342"/>
        <source>Seed of the Gumbel noise: the same seed selects the same chunks.</source>
        <translation>Seed des Gumbel-Rauschens: Derselbe Seed wählt dieselben Abschnitte aus.</translation>
    </message>
    <message>
        <location filename="../core/jobs/corpus_select_job.cpp" line="345"/>
        <source>Sample by weight (Gumbel noise); off takes the k highest weights.</source>
        <translation>Nach Gewicht eine Stichprobe ziehen (Gumbel-Rauschen); ausgeschaltet werden die k höchsten Gewichte genommen.</translation>
    </message>
    <message>
        <location filename="../core/jobs/corpus_select_job.cpp" line="347"/>
        <source>Count word bigrams as well as single words.</source>
        <translation>Neben einzelnen Wörtern auch Wort-Bigramme zählen.</translation>
    </message>
    <message>
        <location filename="../core/jobs/corpus_select_job.cpp" line="350"/>
        <source>buckets</source>
        <translation>Buckets</translation>
    </message>
    <message>
        <location filename="../core/jobs/corpus_select_job.cpp" line="351"/>
        <source>Hash buckets of the n-gram features: more buckets, fewer collisions, more memory (8 bytes each, five arrays).</source>
        <translation>Hash-Buckets der n-Gramm-Merkmale: mehr Buckets, weniger Kollisionen, mehr Speicher (je 8 Bytes, fünf Arrays).</translation>
    </message>
    <message>
        <location filename="../core/jobs/corpus_select_job.cpp" line="353"/>
        <location filename="../core/jobs/corpus_select_job.cpp" line="356"/>
        <location filename="../core/jobs/tokenizer_fertility_job.cpp" line="203"/>
        <source>words</source>
        <translation>Wörter</translation>
    </message>
    <message>
        <location filename="../core/jobs/corpus_select_job.cpp" line="354"/>
        <source>Long documents are cut into chunks of about this many words; 0 selects whole documents.</source>
        <translation>Lange Dokumente werden in Abschnitte von etwa so vielen Wörtern zerlegt; 0 wählt ganze Dokumente aus.</translation>
    </message>
    <message>
        <location filename="../core/jobs/corpus_select_job.cpp" line="357"/>
        <source>A chunk at the end of a document shorter than this many words is dropped (a few words give a noisy weight).</source>
        <translation>Ein Abschnitt am Ende eines Dokuments, der kürzer als so viele Wörter ist, wird verworfen (wenige Wörter ergeben ein verrauschtes Gewicht).</translation>
    </message>
    <message>
        <location filename="../core/jobs/corpus_select_job.cpp" line="360"/>
        <source>Added to every bucket count before the distributions are normalised.</source>
        <translation>Wird zu jeder Bucket-Zählung addiert, bevor die Verteilungen normalisiert werden.</translation>
    </message>
    <message>
        <location filename="../core/jobs/corpus_select_job.cpp" line="363"/>
        <source>A text file to write every document&apos;s log importance weight to, one line each.</source>
        <translation>Eine Textdatei, in die das logarithmierte Importance-Gewicht jedes Dokuments geschrieben wird, je eine Zeile.</translation>
    </message>
    <message>
        <location filename="../core/jobs/job_inputs.cpp" line="144"/>
        <source>Project datasets to read, by name.</source>
        <translation>Zu lesende Projektdatensätze, nach Namen.</translation>
    </message>
    <message>
        <location filename="../core/jobs/job_inputs.cpp" line="145"/>
        <source>Project datasets to measure on, by name (not trained on).</source>
        <translation>Projektdatensätze, auf denen gemessen wird, nach Namen (nicht zum Training).</translation>
    </message>
    <message>
        <location filename="../core/jobs/job_inputs.cpp" line="148"/>
        <source>Corpus files to read, each on its own.</source>
        <translation>Zu lesende Korpusdateien, jede für sich.</translation>
    </message>
    <message>
        <location filename="../core/jobs/job_inputs.cpp" line="149"/>
        <source>Corpus files to measure on (not trained on).</source>
        <translation>Korpusdateien, auf denen gemessen wird (nicht zum Training).</translation>
    </message>
    <message>
        <location filename="../core/jobs/job_inputs.cpp" line="153"/>
        <source>One corpus file to read (the same as a single entry of files).</source>
        <translation>Eine zu lesende Korpusdatei (wie ein einzelner Eintrag in files).</translation>
    </message>
    <message>
        <location filename="../core/jobs/build_shards_job.cpp" line="135"/>
        <location filename="../core/jobs/job_registry.cpp" line="48"/>
        <location filename="../core/jobs/scan_dataset_job.cpp" line="122"/>
        <location filename="../core/jobs/tokenizer_fertility_job.cpp" line="196"/>
        <location filename="../core/jobs/train_tokenizer_job.cpp" line="282"/>
        <source>The JSON field that holds a document&apos;s text.</source>
        <translation>Das JSON-Feld, das den Text eines Dokuments enthält.</translation>
    </message>
    <message>
        <location filename="../core/jobs/job_registry.cpp" line="50"/>
        <source>JSON fields kept with each document as metadata (url, source, ...).</source>
        <translation>JSON-Felder, die mit jedem Dokument als Metadaten behalten werden (url, source, ...).</translation>
    </message>
    <message>
        <location filename="../core/jobs/job_registry.cpp" line="53"/>
        <source>Keep every other scalar field as metadata (the default when no metadata fields are named).</source>
        <translation>Alle übrigen skalaren Felder als Metadaten behalten (Standard, wenn keine Metadatenfelder angegeben sind).</translation>
    </message>
    <message>
        <location filename="../core/jobs/job_registry.cpp" line="57"/>
        <source>How a plain-text file splits into documents: the whole file, blocks between blank lines, or lines.</source>
        <translation>Wie eine Klartextdatei in Dokumente aufgeteilt wird: die ganze Datei, Blöcke zwischen Leerzeilen oder Zeilen.</translation>
    </message>
    <message>
        <location filename="../core/jobs/job_registry.cpp" line="60"/>
        <source>Which files of a folder are read (a shell pattern such as *.jsonl).</source>
        <translation>Welche Dateien eines Ordners gelesen werden (ein Shell-Muster wie *.jsonl).</translation>
    </message>
    <message>
        <location filename="../core/jobs/job_registry.cpp" line="63"/>
        <source>Also read the files in the folder&apos;s subfolders.</source>
        <translation>Auch die Dateien in den Unterordnern des Ordners lesen.</translation>
    </message>
    <message>
        <location filename="../core/jobs/train_job.cpp" line="882"/>
        <source>The model to start from: preset:NAME (from scratch), a Hugging Face folder, or a run&apos;s checkpoint folder.</source>
        <translation>Das Ausgangsmodell: preset:NAME (von Grund auf), ein Hugging-Face-Ordner oder der Checkpoint-Ordner eines Laufs.</translation>
    </message>
    <message>
        <location filename="../core/jobs/train_job.cpp" line="884"/>
        <source>The tokenizer (.model, tokenizer.json or a folder); default: the base model&apos;s own. A preset needs one.</source>
        <translation>Der Tokenizer (.model, tokenizer.json oder ein Ordner); Standard: der eigene des Basismodells. Eine Voreinstellung braucht einen.</translation>
    </message>
    <message>
        <location filename="../core/jobs/train_job.cpp" line="886"/>
        <source>cpt: continued pre-training on domain text (sources); sft: supervised fine-tuning on instruction data (sft_data), loss on the answers only.</source>
        <translation>cpt: fortgesetztes Vortraining auf Domänentext (sources); sft: überwachtes Feintuning auf Instruktionsdaten (sft_data), Verlust nur auf den Antworten.</translation>
    </message>
    <message>
        <location filename="../core/jobs/train_job.cpp" line="888"/>
        <source>The domain data: a list of {&quot;dataset&quot; or &quot;path&quot;, &quot;name&quot;, &quot;text_field&quot;, &quot;weight&quot;}, mixed by weight.</source>
        <translation>Die Domänendaten: eine Liste von {&quot;dataset&quot; oder &quot;path&quot;, &quot;name&quot;, &quot;text_field&quot;, &quot;weight&quot;}, nach Gewicht gemischt.</translation>
    </message>
    <message>
        <location filename="../core/jobs/train_job.cpp" line="891"/>
        <source>Stage sft: the instruction data, a list of {&quot;dataset&quot; or &quot;path&quot;, &quot;format&quot;, &quot;name&quot;, &quot;fields&quot;}.</source>
        <translation>Phase sft: die Instruktionsdaten, eine Liste von {&quot;dataset&quot; oder &quot;path&quot;, &quot;format&quot;, &quot;name&quot;, &quot;fields&quot;}.</translation>
    </message>
    <message>
        <location filename="../core/jobs/train_job.cpp" line="894"/>
        <source>Stage sft: the shape of instruction records whose entry names none: alpaca (instruction, input, output), chat (messages) or sharegpt (conversations).</source>
        <translation>Phase sft: die Form der Instruktionseinträge, wenn ihr Eintrag keine angibt: alpaca (instruction, input, output), chat (messages) oder sharegpt (conversations).</translation>
    </message>
    <message>
        <location filename="../core/jobs/train_job.cpp" line="897"/>
        <source>Stage sft: how conversations become tokens; the model learns this format, so generate with the same one.</source>
        <translation>Phase sft: wie Gespräche zu Tokens werden; das Modell lernt dieses Format, generieren Sie daher mit demselben.</translation>
    </message>
    <message>
        <location filename="../core/jobs/train_job.cpp" line="900"/>
        <source>Stage sft: several examples per row, each attending only to itself (faster); off: one example per row.</source>
        <translation>Phase sft: mehrere Beispiele pro Zeile, jedes achtet nur auf sich selbst (schneller); aus: ein Beispiel pro Zeile.</translation>
    </message>
    <message>
        <location filename="../core/jobs/train_job.cpp" line="903"/>
        <source>Stage sft: share of the examples kept out of training to measure the held-out answer loss on.</source>
        <translation>Phase sft: Anteil der Beispiele, die vom Training zurückgehalten werden, um daran den zurückgehaltenen Antwortverlust zu messen.</translation>
    </message>
    <message>
        <location filename="../core/jobs/train_job.cpp" line="905"/>
        <source>LoRA: the adapters&apos; rank; 0 trains every weight (full fine-tuning). With LoRA the base stays frozen and the run writes adapter/.</source>
        <translation>LoRA: der Rang der Adapter; 0 trainiert alle Gewichte (volles Feintuning). Mit LoRA bleibt das Basismodell eingefroren und der Lauf schreibt adapter/.</translation>
    </message>
    <message>
        <location filename="../core/jobs/train_job.cpp" line="907"/>
        <source>LoRA: the adapters&apos; update is scaled by alpha / rank.</source>
        <translation>LoRA: Die Aktualisierung der Adapter wird mit alpha / Rang skaliert.</translation>
    </message>
    <message>
        <location filename="../core/jobs/train_job.cpp" line="909"/>
        <source>LoRA: dropout on the adapters&apos; input while training.</source>
        <translation>LoRA: Dropout auf der Eingabe der Adapter während des Trainings.</translation>
    </message>
    <message>
        <location filename="../core/jobs/train_job.cpp" line="911"/>
        <source>LoRA: the projections that get adapters: q, k, v, o (attention), gate, up, down (MLP).</source>
        <translation>LoRA: die Projektionen, die Adapter erhalten: q, k, v, o (Attention), gate, up, down (MLP).</translation>
    </message>
    <message>
        <location filename="../core/jobs/train_job.cpp" line="914"/>
        <source>A mixture plan (plans/NAME.json, from the Mixture panel) instead of sources and replay: its token shards, weights, replay, end-of-training upsampling and MeCo; it also sets sequence length, batch, steps and seed unless you do.</source>
        <translation>Ein Mischungsplan (plans/NAME.json, aus dem Bereich „Mischung“) statt Quellen und Replay: seine Token-Shards, Gewichte, Replay, Upsampling am Trainingsende und MeCo; er legt außerdem Sequenzlänge, Batch, Schritte und Seed fest, sofern Sie diese nicht selbst angeben.</translation>
    </message>
    <message>
        <location filename="../core/jobs/train_job.cpp" line="917"/>
        <source>General data mixed back in against forgetting: {&quot;dataset&quot; or &quot;path&quot;, &quot;name&quot;, &quot;fraction&quot;} (e.g. 0.1).</source>
        <translation>Allgemeine Daten, die gegen das Vergessen wieder beigemischt werden: {&quot;dataset&quot; oder &quot;path&quot;, &quot;name&quot;, &quot;fraction&quot;} (z. B. 0.1).</translation>
    </message>
    <message>
        <location filename="../core/jobs/train_job.cpp" line="920"/>
        <source>MeCo: documents start with their metadata (&quot;URL: host&quot;, or another field) for most of the run, then a cooldown on plain documents; the model can be steered by metadata yet works without it.</source>
        <translation>MeCo: Dokumente beginnen während des größten Teils des Laufs mit ihren Metadaten („URL: host“ oder ein anderes Feld), danach folgt ein Cooldown auf reinen Dokumenten; das Modell lässt sich über Metadaten steuern, funktioniert aber auch ohne sie.</translation>
    </message>
    <message>
        <location filename="../core/jobs/train_job.cpp" line="922"/>
        <source>MeCo: the metadata field of the documents (url: the URL&apos;s host; source, topic, ...). Documents without it train plainly.</source>
        <translation>MeCo: das Metadatenfeld der Dokumente (url: der Host der URL; source, topic, ...). Dokumente ohne dieses Feld werden normal trainiert.</translation>
    </message>
    <message>
        <location filename="../core/jobs/train_job.cpp" line="924"/>
        <source>MeCo: the prefix&apos;s label (default: URL for url, else the field&apos;s name capitalised).</source>
        <translation>MeCo: die Bezeichnung des Präfixes (Standard: URL für url, sonst der Name des Felds mit großem Anfangsbuchstaben).</translation>
    </message>
    <message>
        <location filename="../core/jobs/train_job.cpp" line="926"/>
        <source>MeCo ablation: the metadata replaced by a stable hash (keeps the grouping, not the words).</source>
        <translation>MeCo-Ablation: Die Metadaten werden durch einen stabilen Hash ersetzt (bewahrt die Gruppierung, nicht die Wörter).</translation>
    </message>
    <message>
        <location filename="../core/jobs/train_job.cpp" line="929"/>
        <source>MeCo: share of the final steps trained on plain documents, same optimizer and schedule (0: the no-cooldown ablation).</source>
        <translation>MeCo: Anteil der letzten Schritte, die auf reinen Dokumenten trainiert werden, mit demselben Optimierer und Zeitplan (0: die Ablation ohne Cooldown).</translation>
    </message>
    <message>
        <location filename="../core/jobs/train_job.cpp" line="931"/>
        <location filename="../core/jobs/train_job.cpp" line="970"/>
        <location filename="../core/jobs/train_job.cpp" line="973"/>
        <location filename="../core/jobs/train_job.cpp" line="981"/>
        <source>steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <location filename="../core/jobs/train_job.cpp" line="932"/>
        <source>Optimizer steps to train; tokens = steps x batch x sequence length.</source>
        <translation>Zu trainierende Optimiererschritte; Tokens = Schritte × Batch × Sequenzlänge.</translation>
    </message>
    <message>
        <location filename="../core/jobs/cluster_job.cpp" line="466"/>
        <source>The model whose mean last hidden state embeds each document: a Hugging Face folder, a checkpoint, or a run folder.</source>
        <translation>Das Modell, dessen gemittelter letzter verborgener Zustand jedes Dokument einbettet: ein Hugging-Face-Ordner, ein Checkpoint oder ein Laufordner.</translation>
    </message>
    <message>
        <location filename="../core/jobs/cluster_job.cpp" line="469"/>
        <source>clusters</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location filename="../core/jobs/cluster_job.cpp" line="470"/>
        <source>How many clusters k-means makes.</source>
        <translation>Wie viele Cluster k-Means bildet.</translation>
    </message>
    <message>
        <location filename="../core/jobs/cluster_job.cpp" line="472"/>
        <source>Seed of the k-means++ start: the same seed gives the same clusters.</source>
        <translation>Seed für den k-Means++-Start: Derselbe Seed ergibt dieselben Cluster.</translation>
    </message>
    <message>
        <location filename="../core/jobs/cluster_job.cpp" line="476"/>
        <source>How many documents are clustered: the first ones of the dataset.</source>
        <translation>Wie viele Dokumente geclustert werden: die ersten des Datensatzes.</translation>
    </message>
    <message>
        <location filename="../core/jobs/cluster_job.cpp" line="478"/>
        <location filename="../core/jobs/train_job.cpp" line="934"/>
        <location filename="../core/jobs/train_tokenizer_job.cpp" line="287"/>
        <source>tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <location filename="../core/jobs/cluster_job.cpp" line="479"/>
        <source>Only the first tokens of a document are embedded.</source>
        <translation>Nur die ersten Tokens eines Dokuments werden eingebettet.</translation>
    </message>
    <message>
        <location filename="../core/jobs/cluster_job.cpp" line="482"/>
        <source>Documents per forward pass (more is faster, needs more memory).</source>
        <translation>Dokumente pro Vorwärtsdurchlauf (mehr ist schneller, braucht aber mehr Speicher).</translation>
    </message>
    <message>
        <location filename="../core/jobs/cluster_job.cpp" line="485"/>
        <source>Lloyd iterations of k-means at most (it stops earlier when the centroids settle).</source>
        <translation>Höchstzahl der Lloyd-Iterationen von k-Means (es hört früher auf, wenn sich die Zentroide nicht mehr bewegen).</translation>
    </message>
    <message>
        <location filename="../core/jobs/cluster_job.cpp" line="488"/>
        <source>Where to embed and cluster: auto (a GPU when there is one), cpu, cuda or cuda:N.</source>
        <translation>Wo eingebettet und geclustert wird: auto (eine GPU, wenn vorhanden), cpu, cuda oder cuda:N.</translation>
    </message>
    <message>
        <location filename="../core/jobs/cluster_job.cpp" line="501"/>
        <source>The clusters.json a cluster run wrote (runs/ID/clusters.json).</source>
        <translation>Die clusters.json, die ein Clustering-Lauf geschrieben hat (runs/ID/clusters.json).</translation>
    </message>
    <message>
        <location filename="../core/jobs/cluster_job.cpp" line="504"/>
        <source>The ids of the clusters to save, a list such as [0, 3].</source>
        <translation>Die IDs der zu speichernden Cluster, eine Liste wie [0, 3].</translation>
    </message>
    <message>
        <location filename="../core/jobs/cluster_job.cpp" line="507"/>
        <source>The new datasets&apos; name prefix: cluster 3 becomes PREFIX-3.</source>
        <translation>Namenspräfix der neuen Datensätze: Cluster 3 wird zu PRÄFIX-3.</translation>
    </message>
    <message>
        <location filename="../core/jobs/train_job.cpp" line="935"/>
        <source>Tokens per training row; documents are packed into rows of this length.</source>
        <translation>Tokens pro Trainingszeile; Dokumente werden in Zeilen dieser Länge gepackt.</translation>
    </message>
    <message>
        <location filename="../core/jobs/train_job.cpp" line="938"/>
        <source>Rows per optimizer step, over all workers and micro-batches (the global batch).</source>
        <translation>Zeilen pro Optimiererschritt, über alle Worker und Micro-Batches (der globale Batch).</translation>
    </message>
    <message>
        <location filename="../core/jobs/train_job.cpp" line="941"/>
        <source>Rows per forward pass and worker; smaller saves memory (gradients accumulate). 0: the whole batch.</source>
        <translation>Zeilen pro Vorwärtsdurchlauf und Worker; kleiner spart Speicher (Gradienten werden akkumuliert). 0: der ganze Batch.</translation>
    </message>
    <message>
        <location filename="../core/jobs/train_job.cpp" line="944"/>
        <source>Peak learning rate (continued pre-training: about the base&apos;s final rate, e.g. 3e-4 for small models).</source>
        <translation>Maximale Lernrate (fortgesetztes Vortraining: etwa die finale Rate des Basismodells, z. B. 3e-4 für kleine Modelle).</translation>
    </message>
    <message>
        <location filename="../core/jobs/train_job.cpp" line="946"/>
        <source>Learning-rate shape: cpt re-warms then decays to the floor; wsd holds then decays; constant holds.</source>
        <translation>Verlauf der Lernrate: cpt wärmt erneut auf und fällt dann bis zum Boden; wsd hält und fällt dann; constant hält.</translation>
    </message>
    <message>
        <location filename="../core/jobs/train_job.cpp" line="948"/>
        <source>Share of the steps spent warming the learning rate up from 0 to its peak.</source>
        <translation>Anteil der Schritte, in denen die Lernrate von 0 auf ihren Spitzenwert aufgewärmt wird (Warmup).</translation>
    </message>
    <message>
        <location filename="../core/jobs/train_job.cpp" line="950"/>
        <source>The floor the learning rate decays to, as a share of the peak.</source>
        <translation>Der Boden, auf den die Lernrate abfällt, als Anteil des Spitzenwerts.</translation>
    </message>
    <message>
        <location filename="../core/jobs/train_job.cpp" line="952"/>
        <source>wsd only: the last share of the steps over which the rate decays.</source>
        <translation>Nur wsd: der letzte Anteil der Schritte, über den die Rate abfällt.</translation>
    </message>
    <message>
        <location filename="../core/jobs/train_job.cpp" line="955"/>
        <source>AdamW weight decay on the weight matrices (not on norms and biases).</source>
        <translation>AdamW-Gewichtsabnahme auf den Gewichtsmatrizen (nicht auf Normen und Biases).</translation>
    </message>
    <message>
        <location filename="../core/jobs/train_job.cpp" line="958"/>
        <source>AdamW&apos;s first-moment decay (momentum).</source>
        <translation>Abklingrate des ersten Moments von AdamW (Momentum).</translation>
    </message>
    <message>
        <location filename="../core/jobs/train_job.cpp" line="960"/>
        <source>AdamW&apos;s second-moment decay; 0.95 is steadier than 0.999 for language models.</source>
        <translation>Abklingrate des zweiten Moments von AdamW; 0.95 ist bei Sprachmodellen stabiler als 0.999.</translation>
    </message>
    <message>
        <location filename="../core/jobs/train_job.cpp" line="963"/>
        <source>Gradients are scaled down to at most this norm (0: no clipping).</source>
        <translation>Gradienten werden auf höchstens diese Norm herunterskaliert (0: kein Clipping).</translation>
    </message>
    <message>
        <location filename="../core/jobs/train_job.cpp" line="965"/>
        <source>Seed of the initial weights, the held-out split and the data order: the same seed repeats the run.</source>
        <translation>Seed der Anfangsgewichte, der zurückgehaltenen Aufteilung und der Datenreihenfolge: Derselbe Seed wiederholt den Lauf.</translation>
    </message>
    <message>
        <location filename="../core/jobs/train_job.cpp" line="968"/>
        <source>Documents of each source kept out of training to measure held-out loss on.</source>
        <translation>Dokumente jeder Quelle, die vom Training zurückgehalten werden, um daran den zurückgehaltenen Verlust zu messen.</translation>
    </message>
    <message>
        <location filename="../core/jobs/train_job.cpp" line="971"/>
        <source>Held-out loss on every source every this many steps (and at the start and the end).</source>
        <translation>Zurückgehaltener Verlust auf jeder Quelle alle so viele Schritte (sowie am Anfang und am Ende).</translation>
    </message>
    <message>
        <location filename="../core/jobs/train_job.cpp" line="974"/>
        <source>The same during the first 10% of steps, where the stability gap shows.</source>
        <translation>Dasselbe während der ersten 10 % der Schritte, in denen sich die Stabilitätslücke zeigt.</translation>
    </message>
    <message>
        <location filename="../core/jobs/train_job.cpp" line="978"/>
        <source>Held-out rows per source in each evaluation (more: steadier, slower).</source>
        <translation>Zurückgehaltene Zeilen pro Quelle in jeder Auswertung (mehr: stabiler, langsamer).</translation>
    </message>
    <message>
        <location filename="../core/jobs/train_job.cpp" line="982"/>
        <source>A checkpoint every this many steps (and always one at the end and on stop).</source>
        <translation>Ein Checkpoint alle so viele Schritte (und immer einer am Ende und beim Anhalten).</translation>
    </message>
    <message>
        <location filename="../core/jobs/train_job.cpp" line="984"/>
        <source>How many of the newest checkpoints are kept; older ones are deleted.</source>
        <translation>Wie viele der neuesten Checkpoints aufbewahrt werden; ältere werden gelöscht.</translation>
    </message>
    <message>
        <location filename="../core/jobs/train_job.cpp" line="987"/>
        <source>Arithmetic of the forward and backward pass: f32, or bf16 autocast where the device supports it.</source>
        <translation>Arithmetik des Vorwärts- und Rückwärtsdurchlaufs: f32 oder bf16-Autocast, wo das Gerät es unterstützt.</translation>
    </message>
    <message>
        <location filename="../core/jobs/train_job.cpp" line="990"/>
        <source>Where to train: auto (a GPU when there is one), cpu, cuda or cuda:N.</source>
        <translation>Wo trainiert wird: auto (eine GPU, wenn vorhanden), cpu, cuda oder cuda:N.</translation>
    </message>
    <message>
        <location filename="../core/jobs/train_job.cpp" line="993"/>
        <source>CPU threads for tokenizing and training (0: every core available).</source>
        <translation>CPU-Threads für Tokenisierung und Training (0: alle verfügbaren Kerne).</translation>
    </message>
    <message>
        <location filename="../core/jobs/train_job.cpp" line="996"/>
        <source>Number format of the final model&apos;s weights (bf16: half the size).</source>
        <translation>Zahlenformat der Gewichte des fertigen Modells (bf16: halbe Größe).</translation>
    </message>
    <message>
        <location filename="../core/jobs/train_job.cpp" line="999"/>
        <source>Continue from a checkpoint: &quot;latest&quot;, a checkpoints/step-N folder, or a run folder (its newest).</source>
        <translation>Von einem Checkpoint aus fortsetzen: &quot;latest&quot;, ein Ordner checkpoints/step-N oder ein Lauf-Ordner (dessen neuester).</translation>
    </message>
    <message>
        <location filename="../core/jobs/train_tokenizer_job.cpp" line="287"/>
        <source>How many tokens the vocabulary holds.</source>
        <translation>Wie viele Tokens das Vokabular umfasst.</translation>
    </message>
    <message>
        <location filename="../core/jobs/train_tokenizer_job.cpp" line="289"/>
        <source>The SentencePiece model: unigram language model or byte-pair encoding.</source>
        <translation>Das SentencePiece-Modell: Unigram-Sprachmodell oder Byte-Pair-Encoding.</translation>
    </message>
    <message>
        <location filename="../core/jobs/train_tokenizer_job.cpp" line="292"/>
        <source>How many documents the tokenizer is trained on, shared among the inputs.</source>
        <translation>Auf wie vielen Dokumenten der Tokenizer trainiert wird, aufgeteilt auf die Eingaben.</translation>
    </message>
    <message>
        <location filename="../core/jobs/train_tokenizer_job.cpp" line="295"/>
        <source>Held-out documents per input on which fertility and coverage are measured.</source>
        <translation>Zurückgehaltene Dokumente pro Eingabe, auf denen Fertilität und Abdeckung gemessen werden.</translation>
    </message>
    <message>
        <location filename="../core/jobs/train_tokenizer_job.cpp" line="297"/>
        <source>bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <location filename="../core/jobs/train_tokenizer_job.cpp" line="297"/>
        <source>Longer documents are cut to this many bytes for training.</source>
        <translation>Längere Dokumente werden für das Training auf so viele Bytes gekürzt.</translation>
    </message>
    <message>
        <location filename="../core/jobs/tokenizer_fertility_job.cpp" line="188"/>
        <source>The tokenizer to measure: a .model file, a tokenizer.json, or a model folder holding either.</source>
        <translation>Der zu messende Tokenizer: eine .model-Datei, eine tokenizer.json oder ein Modellordner, der eine davon enthält.</translation>
    </message>
    <message>
        <location filename="../core/jobs/tokenizer_fertility_job.cpp" line="191"/>
        <source>A second tokenizer measured on the same documents, for comparison.</source>
        <translation>Ein zweiter Tokenizer, zum Vergleich auf denselben Dokumenten gemessen.</translation>
    </message>
    <message>
        <location filename="../core/jobs/tokenizer_fertility_job.cpp" line="199"/>
        <source>How many documents of each input are measured, sampled at random (0: every document).</source>
        <translation>Wie viele Dokumente jeder Eingabe gemessen werden, zufällig ausgewählt (0: alle Dokumente).</translation>
    </message>
    <message>
        <location filename="../core/jobs/tokenizer_fertility_job.cpp" line="201"/>
        <location filename="../core/jobs/train_tokenizer_job.cpp" line="300"/>
        <source>Seed of the document sample.</source>
        <translation>Seed der Dokumentstichprobe.</translation>
    </message>
    <message>
        <location filename="../core/jobs/tokenizer_fertility_job.cpp" line="204"/>
        <source>How many words the vocabulary-gap list shows: those that cost the most tokens in total.</source>
        <translation>Wie viele Wörter die Liste der Vokabularlücke zeigt: die, die insgesamt die meisten Tokens kosten.</translation>
    </message>
    <message>
        <location filename="../core/jobs/train_tokenizer_job.cpp" line="302"/>
        <source>The share of characters the vocabulary must cover; rarer ones become unknown or bytes.</source>
        <translation>Der Anteil der Zeichen, den das Vokabular abdecken muss; seltenere werden unbekannt oder zu Bytes.</translation>
    </message>
    <message>
        <location filename="../core/jobs/train_tokenizer_job.cpp" line="305"/>
        <source>Spell characters outside the vocabulary as bytes instead of an unknown token.</source>
        <translation>Zeichen außerhalb des Vokabulars als Bytes statt als unbekanntes Token darstellen.</translation>
    </message>
    <message>
        <location filename="../core/jobs/train_tokenizer_job.cpp" line="308"/>
        <source>Pieces always kept whole in the vocabulary: domain terms, markup (no commas).</source>
        <translation>Stücke, die im Vokabular immer ganz bleiben: Fachbegriffe, Markup (keine Kommas).</translation>
    </message>
    <message>
        <location filename="../core/jobs/train_tokenizer_job.cpp" line="311"/>
        <source>The folder the tokenizer is written to (default: the project&apos;s tokenizers folder).</source>
        <translation>Der Ordner, in den der Tokenizer geschrieben wird (Standard: der Ordner „tokenizers“ des Projekts).</translation>
    </message>
    <message>
        <location filename="../core/jobs/train_tokenizer_job.cpp" line="314"/>
        <source>The tokenizer&apos;s file name, without .model (default: tokenizer-run&lt;id&gt;).</source>
        <translation>Der Dateiname des Tokenizers, ohne .model (Standard: tokenizer-run&lt;id&gt;).</translation>
    </message>
    <message>
        <location filename="../core/jobs/tokenizer_import_job.cpp" line="223"/>
        <source>A model folder, a SentencePiece .model file or a tokenizer.json to import.</source>
        <translation>Ein Modellordner, eine SentencePiece-.model-Datei oder eine tokenizer.json zum Importieren.</translation>
    </message>
    <message>
        <location filename="../core/jobs/tokenizer_import_job.cpp" line="226"/>
        <source>The imported tokenizer&apos;s folder name in the project&apos;s tokenizers folder.</source>
        <translation>Der Ordnername des importierten Tokenizers im Tokenizer-Ordner des Projekts.</translation>
    </message>
    <message>
        <location filename="../core/jobs/tokenizer_import_job.cpp" line="229"/>
        <source>The folder the tokenizer folder is made in (default: the project&apos;s tokenizers folder).</source>
        <translation>Der Ordner, in dem der Tokenizer-Ordner angelegt wird (Standard: der Tokenizer-Ordner des Projekts).</translation>
    </message>
    <message>
        <location filename="../core/jobs/merge_job.cpp" line="120"/>
        <source>lora folds an adapter into its base; residual adds lambda x (instruct - base) to a CPT model; linear mixes two models.</source>
        <translation>lora führt einen Adapter mit seinem Basismodell zusammen; residual addiert lambda x (instruct - base) zu einem CPT-Modell; linear mischt zwei Modelle.</translation>
    </message>
    <message>
        <location filename="../core/jobs/merge_job.cpp" line="123"/>
        <source>lora: the model the adapter was trained on; residual: the base both other models started from.</source>
        <translation>lora: das Modell, auf dem der Adapter trainiert wurde; residual: das Basismodell, von dem beide anderen Modelle ausgingen.</translation>
    </message>
    <message>
        <location filename="../core/jobs/merge_job.cpp" line="125"/>
        <source>The LoRA adapter folder (adapter_config.json + adapter_model.safetensors).</source>
        <translation>Der Ordner des LoRA-Adapters (adapter_config.json + adapter_model.safetensors).</translation>
    </message>
    <message>
        <location filename="../core/jobs/merge_job.cpp" line="127"/>
        <source>The continued-pre-trained model that gains the instruction residual (its tokenizer and config are kept).</source>
        <translation>Das fortgesetzt vortrainierte Modell, das das Instruktionsresiduum erhält (sein Tokenizer und seine Konfiguration bleiben erhalten).</translation>
    </message>
    <message>
        <location filename="../core/jobs/merge_job.cpp" line="129"/>
        <source>The instruction-tuned model of the same base, whose difference to the base is added.</source>
        <translation>Das Instruct-Modell desselben Basismodells, dessen Unterschied zum Basismodell addiert wird.</translation>
    </message>
    <message>
        <location filename="../core/jobs/merge_job.cpp" line="131"/>
        <source>Linear: the model at t = 0.</source>
        <translation>Linear: das Modell bei t = 0.</translation>
    </message>
    <message>
        <location filename="../core/jobs/merge_job.cpp" line="133"/>
        <source>Linear: the model at t = 1.</source>
        <translation>Linear: das Modell bei t = 1.</translation>
    </message>
    <message>
        <location filename="../core/jobs/merge_job.cpp" line="135"/>
        <source>Residual: the weight of (instruct - base); 1 adds it whole, 0 keeps the CPT model.</source>
        <translation>Residual: das Gewicht von (instruct - base); 1 addiert es ganz, 0 behält das CPT-Modell bei.</translation>
    </message>
    <message>
        <location filename="../core/jobs/merge_job.cpp" line="137"/>
        <source>Linear: 0 gives model A, 1 model B, between a weighted mean.</source>
        <translation>Linear: 0 ergibt Modell A, 1 Modell B, dazwischen ein gewichtetes Mittel.</translation>
    </message>
    <message>
        <location filename="../core/jobs/merge_job.cpp" line="139"/>
        <source>Number format of the merged weights; auto: the first model&apos;s.</source>
        <translation>Zahlenformat der zusammengeführten Gewichte; auto: das des ersten Modells.</translation>
    </message>
    <message>
        <location filename="../core/jobs/merge_job.cpp" line="142"/>
        <source>The merged model&apos;s folder inside the run folder.</source>
        <translation>Der Ordner des zusammengeführten Modells im Ordner des Laufs.</translation>
    </message>
</context>
<context>
    <name>JobText</name>
    <message>
        <location filename="../widgets/job_text.cpp" line="53"/>
        <source>Count</source>
        <translation>Zählen</translation>
    </message>
    <message>
        <location filename="../widgets/job_text.cpp" line="55"/>
        <source>Train tokenizer</source>
        <translation>Tokenizer trainieren</translation>
    </message>
    <message>
        <location filename="../widgets/job_text.cpp" line="57"/>
        <source>Scan</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <location filename="../widgets/job_text.cpp" line="59"/>
        <source>Filter</source>
        <translation>Filtern</translation>
    </message>
    <message>
        <location filename="../widgets/job_text.cpp" line="61"/>
        <source>Deduplicate</source>
        <translation>Deduplizieren</translation>
    </message>
    <message>
        <location filename="../widgets/job_text.cpp" line="63"/>
        <source>Select (DSIR)</source>
        <translation>Auswählen (DSIR)</translation>
    </message>
    <message>
        <location filename="../widgets/job_text.cpp" line="65"/>
        <source>Sample</source>
        <translation>Stichprobe ziehen</translation>
    </message>
    <message>
        <location filename="../widgets/job_text.cpp" line="74"/>
        <source>Scan %1</source>
        <translation>%1 prüfen</translation>
    </message>
    <message>
        <location filename="../widgets/job_text.cpp" line="76"/>
        <source>Filter %1 → %2</source>
        <translation>%1 filtern → %2</translation>
    </message>
    <message>
        <location filename="../widgets/job_text.cpp" line="78"/>
        <source>Deduplicate %1 → %2</source>
        <translation>%1 deduplizieren → %2</translation>
    </message>
    <message>
        <location filename="../widgets/job_text.cpp" line="81"/>
        <source>Select from %1 → %2</source>
        <translation>Aus %1 auswählen → %2</translation>
    </message>
    <message>
        <location filename="../widgets/job_text.cpp" line="82"/>
        <source>Select from %1 like %2 → %3</source>
        <translation>Aus %1 wie %2 auswählen → %3</translation>
    </message>
    <message>
        <location filename="../widgets/job_text.cpp" line="85"/>
        <source>Sample %1 → %2</source>
        <translation>Stichprobe aus %1 → %2</translation>
    </message>
    <message>
        <location filename="../widgets/job_text.cpp" line="91"/>
        <source>Count %1</source>
        <translation>%1 zählen</translation>
    </message>
    <message>
        <location filename="../widgets/job_text.cpp" line="94"/>
        <source>Train tokenizer on %1</source>
        <translation>Tokenizer auf %1 trainieren</translation>
    </message>
    <message>
        <location filename="../widgets/job_text.cpp" line="94"/>
        <source>Train tokenizer %1 on %2</source>
        <translation>Tokenizer %1 auf %2 trainieren</translation>
    </message>
    <message>
        <location filename="../widgets/job_text.cpp" line="97"/>
        <source>%1 %2</source>
        <comment>job kind, what it reads</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../widgets/job_text.cpp" line="109"/>
        <source>%1 (run %2)</source>
        <comment>job label (run id)</comment>
        <translation>%1 (Lauf %2)</translation>
    </message>
    <message>
        <location filename="../widgets/job_text.cpp" line="115"/>
        <source>queued</source>
        <translation>wartend</translation>
    </message>
    <message>
        <location filename="../widgets/job_text.cpp" line="116"/>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location filename="../widgets/job_text.cpp" line="117"/>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <location filename="../widgets/job_text.cpp" line="118"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../widgets/job_text.cpp" line="119"/>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <location filename="../widgets/job_text.cpp" line="120"/>
        <source>damaged row</source>
        <comment>a run whose status in the store is unreadable</comment>
        <translation>beschädigte Zeile</translation>
    </message>
    <message>
        <location filename="../widgets/job_text.cpp" line="129"/>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <location filename="../widgets/job_text.cpp" line="131"/>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location filename="../widgets/job_text.cpp" line="133"/>
        <source>Stopping…</source>
        <translation>Wird angehalten …</translation>
    </message>
    <message>
        <location filename="../widgets/job_text.cpp" line="135"/>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <location filename="../widgets/job_text.cpp" line="137"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../widgets/job_text.cpp" line="139"/>
        <source>Stopped</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <location filename="../widgets/job_text.cpp" line="141"/>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location filename="../widgets/job_text.cpp" line="143"/>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <location filename="../widgets/job_text.cpp" line="151"/>
        <source>reading</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <location filename="../widgets/job_text.cpp" line="153"/>
        <source>hashing</source>
        <translation>Hashen</translation>
    </message>
    <message>
        <location filename="../widgets/job_text.cpp" line="155"/>
        <source>writing</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <location filename="../widgets/job_text.cpp" line="157"/>
        <source>sampling</source>
        <translation>Stichprobe ziehen</translation>
    </message>
    <message>
        <location filename="../widgets/job_text.cpp" line="159"/>
        <source>scoring</source>
        <translation>Bewerten</translation>
    </message>
    <message>
        <location filename="../widgets/job_text.cpp" line="161"/>
        <source>training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../widgets/job_text.cpp" line="163"/>
        <source>modelling the target</source>
        <translation>Ziel modellieren</translation>
    </message>
    <message>
        <location filename="../widgets/job_text.cpp" line="165"/>
        <source>modelling the pool</source>
        <translation>Pool modellieren</translation>
    </message>
    <message>
        <location filename="../widgets/job_text.cpp" line="168"/>
        <source>sampling %1</source>
        <translation>Stichprobe aus %1</translation>
    </message>
    <message>
        <location filename="../widgets/job_text.cpp" line="170"/>
        <source>measuring %1</source>
        <translation>%1 messen</translation>
    </message>
</context>
<context>
    <name>MecoBox</name>
    <message>
        <location filename="../plugins/train/meco_box.cpp" line="46"/>
        <source>MeCo (paper: 90% with metadata, 10% cooldown)</source>
        <translation>MeCo (Paper: 90 % mit Metadaten, 10 % Cooldown)</translation>
    </message>
    <message>
        <location filename="../plugins/train/meco_box.cpp" line="47"/>
        <source>No cooldown (ablation)</source>
        <translation>Kein Cooldown (Ablation)</translation>
    </message>
    <message>
        <location filename="../plugins/train/meco_box.cpp" line="48"/>
        <source>Hashed metadata (ablation)</source>
        <translation>Gehashte Metadaten (Ablation)</translation>
    </message>
</context>
<context>
    <name>PieceText</name>
    <message>
        <location filename="../plugins/tokenizer/piece_text.cpp" line="46"/>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/piece_text.cpp" line="47"/>
        <source>byte</source>
        <translation>Byte</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/piece_text.cpp" line="48"/>
        <source>special</source>
        <translation>speziell</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/piece_text.cpp" line="49"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/piece_text.cpp" line="57"/>
        <source>A piece of text from the vocabulary.</source>
        <translation>Ein Textstück aus dem Vokabular.</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/piece_text.cpp" line="59"/>
        <source>A single byte: used for characters the vocabulary lacks, one token per byte (a costly spelling).</source>
        <translation>Ein einzelnes Byte: für Zeichen, die im Vokabular fehlen, ein Token pro Byte (eine teure Schreibweise).</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/piece_text.cpp" line="61"/>
        <source>A control token such as beginning or end of text; never produced from ordinary text.</source>
        <translation>Ein Steuer-Token wie Text-Anfang oder -Ende; entsteht nie aus gewöhnlichem Text.</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/piece_text.cpp" line="63"/>
        <source>The unknown token: the text held something the tokenizer cannot spell, and it is lost.</source>
        <translation>Das unbekannte Token: Der Text enthielt etwas, das der Tokenizer nicht schreiben kann, und es geht verloren.</translation>
    </message>
</context>
<context>
    <name>PlanCatalog</name>
    <message>
        <location filename="../plugins/mixture/plan_catalog.cpp" line="31"/>
        <source>A plan needs a name.</source>
        <translation>Ein Plan braucht einen Namen.</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_catalog.cpp" line="34"/>
        <source>&quot;%1&quot;: use letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos; only (it becomes the file name plans/%1.json), at most 100 characters, not starting with &apos;.&apos;.</source>
        <translation>„%1“: Verwenden Sie nur Buchstaben, Ziffern, „-“, „_“ und „.“ (daraus wird der Dateiname plans/%1.json), höchstens 100 Zeichen, nicht mit „.“ am Anfang.</translation>
    </message>
</context>
<context>
    <name>ProvenanceText</name>
    <message>
        <location filename="../plugins/data/provenance_text.cpp" line="83"/>
        <source>%1: %2</source>
        <comment>provenance key: value</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../plugins/data/provenance_text.cpp" line="98"/>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <location filename="../plugins/data/provenance_text.cpp" line="98"/>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <location filename="../plugins/data/provenance_text.cpp" line="115"/>
        <source>%1 (threshold %2)</source>
        <comment>unknown rule key (threshold)</comment>
        <translation>%1 (Schwellenwert %2)</translation>
    </message>
    <message>
        <location filename="../plugins/data/provenance_text.cpp" line="124"/>
        <source>%1 (%2)</source>
        <comment>rule (family)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../plugins/data/provenance_text.cpp" line="128"/>
        <source>Rules applied (a document failing any one was removed):</source>
        <translation>Angewandte Regeln (ein Dokument, das eine davon verletzte, wurde entfernt):</translation>
    </message>
    <message>
        <location filename="../plugins/data/provenance_text.cpp" line="130"/>
        <source>Rules switched off:</source>
        <translation>Ausgeschaltete Regeln:</translation>
    </message>
    <message>
        <location filename="../plugins/data/provenance_text.cpp" line="134"/>
        <source>C4 line cleaning: on (lines C4 drops were cut from the documents kept)</source>
        <translation>C4-Zeilenbereinigung: an (von C4 verworfene Zeilen wurden aus den behaltenen Dokumenten entfernt)</translation>
    </message>
    <message>
        <location filename="../plugins/data/provenance_text.cpp" line="135"/>
        <source>C4 line cleaning: off</source>
        <translation>C4-Zeilenbereinigung: aus</translation>
    </message>
    <message>
        <location filename="../plugins/data/provenance_text.cpp" line="138"/>
        <source>Kept: %1 documents, %2 words</source>
        <translation>Behalten: %1 Dokumente, %2 Wörter</translation>
    </message>
    <message>
        <location filename="../plugins/data/provenance_text.cpp" line="149"/>
        <source>Removed: exact duplicates (identical text)</source>
        <translation>Entfernt: exakte Duplikate (identischer Text)</translation>
    </message>
    <message>
        <location filename="../plugins/data/provenance_text.cpp" line="151"/>
        <source>Removed: near duplicates (MinHash)</source>
        <translation>Entfernt: Beinahe-Duplikate (MinHash)</translation>
    </message>
    <message>
        <location filename="../plugins/data/provenance_text.cpp" line="153"/>
        <source>Removed: exact and near duplicates (MinHash)</source>
        <translation>Entfernt: exakte und Beinahe-Duplikate (MinHash)</translation>
    </message>
    <message>
        <location filename="../plugins/data/provenance_text.cpp" line="155"/>
        <source>Mode: %1</source>
        <translation>Modus: %1</translation>
    </message>
    <message>
        <location filename="../plugins/data/provenance_text.cpp" line="160"/>
        <source>MinHash LSH: %1 bands × %2 rows; documents with a Jaccard similarity above about %3 count as near duplicates</source>
        <translation>MinHash-LSH: %1 Bänder × %2 Zeilen; Dokumente mit einer Jaccard-Ähnlichkeit über etwa %3 gelten als Beinahe-Duplikate</translation>
    </message>
    <message>
        <location filename="../plugins/data/provenance_text.cpp" line="168"/>
        <source>Shingles: %1 words</source>
        <translation>Shingles: %1 Wörter</translation>
    </message>
    <message>
        <location filename="../plugins/data/provenance_text.cpp" line="170"/>
        <location filename="../plugins/data/provenance_text.cpp" line="214"/>
        <location filename="../plugins/data/provenance_text.cpp" line="222"/>
        <source>Seed: %1</source>
        <translation>Seed: %1</translation>
    </message>
    <message>
        <location filename="../plugins/data/provenance_text.cpp" line="172"/>
        <source>Documents removed: %1 exact duplicates, %2 near duplicates</source>
        <translation>Entfernte Dokumente: %1 exakte Duplikate, %2 Beinahe-Duplikate</translation>
    </message>
    <message>
        <location filename="../plugins/data/provenance_text.cpp" line="183"/>
        <source>Kept the %1 chunks most like the target dataset %2 (DSIR importance resampling)</source>
        <translation>Die %1 Abschnitte behalten, die dem Zieldatensatz %2 am ähnlichsten sind (DSIR, Importance Resampling)</translation>
    </message>
    <message>
        <location filename="../plugins/data/provenance_text.cpp" line="185"/>
        <source>Kept the %1 documents most like the target dataset %2 (DSIR importance resampling)</source>
        <translation>Die %1 Dokumente behalten, die dem Zieldatensatz %2 am ähnlichsten sind (DSIR, Importance Resampling)</translation>
    </message>
    <message>
        <location filename="../plugins/data/provenance_text.cpp" line="193"/>
        <source>KL divergence to the target reduced by %1 against the whole source dataset (by %2 for a random sample of the same size)</source>
        <translation>KL-Divergenz zum Ziel gegenüber dem gesamten Quelldatensatz um %1 verringert (um %2 bei einer Zufallsstichprobe gleicher Größe)</translation>
    </message>
    <message>
        <location filename="../plugins/data/provenance_text.cpp" line="197"/>
        <source>KL divergence to the target reduced by %1</source>
        <translation>KL-Divergenz zum Ziel um %1 verringert</translation>
    </message>
    <message>
        <location filename="../plugins/data/provenance_text.cpp" line="200"/>
        <source>Unit: whole documents</source>
        <translation>Einheit: ganze Dokumente</translation>
    </message>
    <message>
        <location filename="../plugins/data/provenance_text.cpp" line="202"/>
        <source>Unit: chunks of %1 words (shorter than %2 words are dropped)</source>
        <translation>Einheit: Abschnitte von %1 Wörtern (Abschnitte mit weniger als %2 Wörtern werden verworfen)</translation>
    </message>
    <message>
        <location filename="../plugins/data/provenance_text.cpp" line="207"/>
        <source>Hashed n-gram buckets: %1</source>
        <translation>Buckets für gehashte n-Gramme: %1</translation>
    </message>
    <message>
        <location filename="../plugins/data/provenance_text.cpp" line="209"/>
        <source>Laplace smoothing: %1</source>
        <translation>Laplace-Glättung: %1</translation>
    </message>
    <message>
        <location filename="../plugins/data/provenance_text.cpp" line="211"/>
        <source>Gumbel noise (sampling instead of taking the top k): %1</source>
        <translation>Gumbel-Rauschen (Stichprobe statt der k höchsten Gewichte): %1</translation>
    </message>
    <message>
        <location filename="../plugins/data/provenance_text.cpp" line="220"/>
        <source>A uniform random sample of %1 documents</source>
        <translation>Eine gleichverteilte Zufallsstichprobe von %1 Dokumenten</translation>
    </message>
    <message>
        <location filename="../plugins/data/provenance_text.cpp" line="233"/>
        <source>The recorded provenance cannot be read: %1</source>
        <translation>Die gespeicherte Herkunft kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../plugins/data/provenance_text.cpp" line="258"/>
        <source>Filtered from %1 with quality rules</source>
        <translation>Aus %1 mit Qualitätsregeln gefiltert</translation>
    </message>
    <message>
        <location filename="../plugins/data/provenance_text.cpp" line="260"/>
        <source>Deduplicated from %1</source>
        <translation>Aus %1 dedupliziert</translation>
    </message>
    <message>
        <location filename="../plugins/data/provenance_text.cpp" line="262"/>
        <source>Selected from %1 with DSIR</source>
        <translation>Aus %1 mit DSIR ausgewählt</translation>
    </message>
    <message>
        <location filename="../plugins/data/provenance_text.cpp" line="264"/>
        <source>Sampled from %1</source>
        <translation>Als Stichprobe aus %1 gezogen</translation>
    </message>
    <message>
        <location filename="../plugins/data/provenance_text.cpp" line="266"/>
        <source>Made by &quot;%1&quot; from %2</source>
        <translation>Durch „%1“ aus %2 erzeugt</translation>
    </message>
    <message>
        <location filename="../plugins/data/provenance_text.cpp" line="266"/>
        <source>an unnamed source</source>
        <translation>einer unbenannten Quelle</translation>
    </message>
    <message>
        <location filename="../plugins/data/provenance_text.cpp" line="268"/>
        <source>Made from %1</source>
        <translation>Aus %1 erzeugt</translation>
    </message>
    <message>
        <location filename="../plugins/data/provenance_text.cpp" line="270"/>
        <source>%1, in run %2</source>
        <comment>what was done, in run N</comment>
        <translation>%1, in Lauf %2</translation>
    </message>
    <message>
        <location filename="../plugins/data/provenance_text.cpp" line="289"/>
        <source>%1 %2</source>
        <comment>a heading, then its items</comment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../widgets/file_dialogs.cpp" line="26"/>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location filename="../widgets/file_dialogs.cpp" line="28"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../widgets/file_dialogs.cpp" line="28"/>
        <source>%1 File</source>
        <translation>%1-Datei</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message numerus="yes">
        <location filename="../plugins/mixture/laws_tab.cpp" line="415"/>
        <source>%n pilot run(s)</source>
        <translation>
            <numerusform>%n Pilotlauf</numerusform>
            <numerusform>%n Pilotläufe</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrainBase</name>
    <message>
        <location filename="../plugins/train/base_model.cpp" line="20"/>
        <source>Choose a base model.</source>
        <translation>Wählen Sie ein Basismodell.</translation>
    </message>
    <message>
        <location filename="../plugins/train/base_model.cpp" line="25"/>
        <source>%1 is not a folder.</source>
        <translation>%1 ist kein Ordner.</translation>
    </message>
    <message>
        <location filename="../plugins/train/base_model.cpp" line="31"/>
        <source>%1 has no config.json: a model folder in the Hugging Face layout has one.</source>
        <translation>%1 hat keine config.json: Ein Modellordner im Hugging-Face-Layout hat eine.</translation>
    </message>
    <message>
        <location filename="../plugins/train/base_model.cpp" line="55"/>
        <source>%1 B</source>
        <translation>%1 Mrd.</translation>
    </message>
    <message>
        <location filename="../plugins/train/base_model.cpp" line="57"/>
        <source>%1 M</source>
        <translation>%1 Mio.</translation>
    </message>
    <message>
        <location filename="../plugins/train/base_model.cpp" line="58"/>
        <source>%1 k</source>
        <translation>%1 Tsd.</translation>
    </message>
    <message>
        <location filename="../plugins/train/base_model.cpp" line="64"/>
        <source>%1 heads (%2 for keys and values)</source>
        <translation>%1 Köpfe (%2 für Keys und Values)</translation>
    </message>
    <message>
        <location filename="../plugins/train/base_model.cpp" line="67"/>
        <source>%1 heads</source>
        <translation>%1 Köpfe</translation>
    </message>
    <message>
        <location filename="../plugins/train/base_model.cpp" line="69"/>
        <source>%1 parameters</source>
        <translation>%1 Parameter</translation>
    </message>
    <message>
        <location filename="../plugins/train/base_model.cpp" line="71"/>
        <source>%1 parameters without the embeddings (choose a tokenizer for the vocabulary)</source>
        <translation>%1 Parameter ohne die Embeddings (wählen Sie einen Tokenizer für das Vokabular)</translation>
    </message>
    <message>
        <location filename="../plugins/train/base_model.cpp" line="74"/>
        <source>%1 layers, width %2, %3, vocabulary %4, %5</source>
        <translation>%1 Schichten, Breite %2, %3, Vokabular %4, %5</translation>
    </message>
</context>
<context>
    <name>TrainCharts</name>
    <message>
        <location filename="../plugins/train/run_curves.cpp" line="11"/>
        <source>training loss</source>
        <translation>Trainingsverlust</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_curves.cpp" line="13"/>
        <source>held-out</source>
        <translation>zurückgehalten</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_curves.cpp" line="19"/>
        <source>learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_curves.cpp" line="22"/>
        <source>tokens/s</source>
        <translation>Tokens/s</translation>
    </message>
</context>
<context>
    <name>TrainEstimate</name>
    <message>
        <location filename="../plugins/train/train_estimate.cpp" line="42"/>
        <source>%1 tokens: about %2 (rough: scaled from run %3 on this machine, %4 tokens/s at this size)</source>
        <translation>%1 Tokens: etwa %2 (grob: hochgerechnet aus Lauf %3 auf diesem Rechner, %4 Tokens/s bei dieser Größe)</translation>
    </message>
    <message>
        <location filename="../plugins/train/train_estimate.cpp" line="49"/>
        <source>%1 tokens: about %2 (rough: from the BLAS&apos;s measured speed, %3 tokens/s at this size)</source>
        <translation>%1 Tokens: etwa %2 (grob: aus der gemessenen Geschwindigkeit der BLAS, %3 Tokens/s bei dieser Größe)</translation>
    </message>
    <message>
        <location filename="../plugins/train/train_estimate.cpp" line="56"/>
        <source>%1 tokens; the time is not known yet: the first run on this machine measures its speed.</source>
        <translation>%1 Tokens; die Dauer ist noch unbekannt: Der erste Lauf auf diesem Rechner misst seine Geschwindigkeit.</translation>
    </message>
    <message>
        <location filename="../plugins/train/train_estimate.cpp" line="88"/>
        <source>weights %1, gradients %2, optimizer state %3, activations %4</source>
        <translation>Gewichte %1, Gradienten %2, Optimiererzustand %3, Aktivierungen %4</translation>
    </message>
    <message>
        <location filename="../plugins/train/train_estimate.cpp" line="93"/>
        <source>&lt;b&gt;Memory:&lt;/b&gt; about %1 (%2) of %3 available now.</source>
        <translation>&lt;b&gt;Speicher:&lt;/b&gt; etwa %1 (%2) von derzeit %3 verfügbar.</translation>
    </message>
    <message>
        <location filename="../plugins/train/train_estimate.cpp" line="95"/>
        <source>&lt;b&gt;Memory:&lt;/b&gt; about %1 (%2); the GPU&apos;s memory is checked when the run starts.</source>
        <translation>&lt;b&gt;Speicher:&lt;/b&gt; etwa %1 (%2); der GPU-Speicher wird beim Start des Laufs geprüft.</translation>
    </message>
</context>
<context>
    <name>TrainFailure</name>
    <message>
        <location filename="../plugins/train/failure_hint.cpp" line="47"/>
        <source>The run ran out of memory. Try a smaller micro_batch or batch, a shorter seq_len, or a smaller base model; the memory estimate before Start shows what each needs.</source>
        <translation>Dem Lauf ging der Speicher aus. Versuchen Sie einen kleineren micro_batch oder Batch, eine kürzere seq_len oder ein kleineres Basismodell; die Speicherschätzung vor dem Start zeigt, was jeweils nötig ist.</translation>
    </message>
    <message>
        <location filename="../plugins/train/failure_hint.cpp" line="52"/>
        <source>The loss became NaN or infinite: training diverged. Try a lower lr, a longer warmup or grad_clip 1.0, then resume from the last good checkpoint, which was kept.</source>
        <translation>Der Verlust wurde NaN oder unendlich: Das Training ist divergiert. Versuchen Sie eine kleinere lr, ein längeres Warmup oder grad_clip 1.0 und setzen Sie dann vom letzten guten Checkpoint aus fort, der aufbewahrt wurde.</translation>
    </message>
    <message>
        <location filename="../plugins/train/failure_hint.cpp" line="57"/>
        <source>A data file could not be used (the message names it). Scan the dataset again in the Data step, or rebuild its token shards in the Tokenizer step.</source>
        <translation>Eine Datendatei konnte nicht verwendet werden (die Meldung nennt sie). Prüfen Sie den Datensatz im Schritt „Daten“ erneut oder erstellen Sie seine Token-Shards im Schritt „Tokenizer“ neu.</translation>
    </message>
    <message>
        <location filename="../plugins/train/failure_hint.cpp" line="62"/>
        <source>The base model&apos;s files and the settings do not fit together (the message names the file and the field): check that the tokenizer is the base model&apos;s own and that the folder is complete.</source>
        <translation>Die Dateien des Basismodells und die Einstellungen passen nicht zusammen (die Meldung nennt Datei und Feld): Prüfen Sie, ob der Tokenizer der eigene des Basismodells ist und ob der Ordner vollständig ist.</translation>
    </message>
    <message>
        <location filename="../plugins/train/failure_hint.cpp" line="67"/>
        <source>The training process ended without a word, most often because the system ran out of memory and killed it. Resume from the last checkpoint with a smaller batch or seq_len.</source>
        <translation>Der Trainingsprozess endete ohne eine Meldung, meist weil dem System der Speicher ausging und es ihn beendet hat. Setzen Sie vom letzten Checkpoint aus mit kleinerem Batch oder kürzerer seq_len fort.</translation>
    </message>
</context>
<context>
    <name>TrainPresets</name>
    <message>
        <location filename="../plugins/train/train_spec.cpp" line="273"/>
        <source>Quick teaching run on a laptop CPU</source>
        <translation>Kurzer Lehrlauf auf einer Laptop-CPU</translation>
    </message>
    <message>
        <location filename="../plugins/train/train_spec.cpp" line="274"/>
        <source>A few minutes on a tiny model: enough to watch the loss fall and the held-out loss of each source move.</source>
        <translation>Ein paar Minuten mit einem winzigen Modell: genug, um den Verlust fallen und den zurückgehaltenen Verlust jeder Quelle sich bewegen zu sehen.</translation>
    </message>
    <message>
        <location filename="../plugins/train/train_spec.cpp" line="278"/>
        <source>Continued pre-training of a downloaded model on a CPU</source>
        <translation>Fortgesetztes Vortraining eines heruntergeladenen Modells auf einer CPU</translation>
    </message>
    <message>
        <location filename="../plugins/train/train_spec.cpp" line="279"/>
        <source>Re-warms and re-decays a pretrained model&apos;s learning rate, gently, so it learns the domain without forgetting what it knew.</source>
        <translation>Wärmt die Lernrate eines vortrainierten Modells behutsam erneut auf und lässt sie wieder abfallen, damit es die Domäne lernt, ohne zu vergessen, was es wusste.</translation>
    </message>
    <message>
        <location filename="../plugins/train/train_spec.cpp" line="283"/>
        <source>Longer run on a GPU</source>
        <translation>Längerer Lauf auf einer GPU</translation>
    </message>
    <message>
        <location filename="../plugins/train/train_spec.cpp" line="284"/>
        <source>Longer sequences, larger batches and bf16 on a CUDA card.</source>
        <translation>Längere Sequenzen, größere Batches und bf16 auf einer CUDA-Karte.</translation>
    </message>
</context>
<context>
    <name>TrainSpec</name>
    <message>
        <location filename="../plugins/train/train_spec.cpp" line="125"/>
        <source>The file is not JSON: a spec is a JSON object.</source>
        <translation>Die Datei ist kein JSON: Eine Auftragsbeschreibung ist ein JSON-Objekt.</translation>
    </message>
    <message>
        <location filename="../plugins/train/train_spec.cpp" line="129"/>
        <source>kind: this is not a training spec (kind &quot;%1&quot;).</source>
        <translation>kind: Dies ist keine Trainings-Auftragsbeschreibung (kind &quot;%1&quot;).</translation>
    </message>
    <message>
        <location filename="../plugins/train/train_spec.cpp" line="135"/>
        <source>params: must be an object.</source>
        <translation>params: muss ein Objekt sein.</translation>
    </message>
    <message>
        <location filename="../plugins/train/train_spec.cpp" line="149"/>
        <source>params.sources: must be a list.</source>
        <translation>params.sources: muss eine Liste sein.</translation>
    </message>
    <message>
        <location filename="../plugins/train/train_spec.cpp" line="158"/>
        <source>params.sources[%1].dataset: the panel mixes datasets of the project; this source names none.</source>
        <translation>params.sources[%1].dataset: Der Bereich mischt Datensätze des Projekts; diese Quelle nennt keinen.</translation>
    </message>
    <message>
        <location filename="../plugins/train/train_spec.cpp" line="170"/>
        <source>params.replay.dataset: the panel replays a dataset of the project; this replay names none.</source>
        <translation>params.replay.dataset: Der Bereich verwendet einen Datensatz des Projekts als Replay; dieses Replay nennt keinen.</translation>
    </message>
    <message>
        <location filename="../plugins/train/train_spec.cpp" line="181"/>
        <source>params.stage: must be &quot;cpt&quot; or &quot;sft&quot;.</source>
        <translation>params.stage: muss &quot;cpt&quot; oder &quot;sft&quot; sein.</translation>
    </message>
    <message>
        <location filename="../plugins/train/train_spec.cpp" line="186"/>
        <source>params.sft_data: must be a list.</source>
        <translation>params.sft_data: muss eine Liste sein.</translation>
    </message>
    <message>
        <location filename="../plugins/train/train_spec.cpp" line="194"/>
        <source>params.sft_data[%1].dataset: the panel trains on datasets of the project; this entry names none.</source>
        <translation>params.sft_data[%1].dataset: Der Bereich trainiert auf Datensätzen des Projekts; dieser Eintrag nennt keinen.</translation>
    </message>
    <message>
        <location filename="../plugins/train/train_spec.cpp" line="250"/>
        <source>params.base: the spec names no base model.</source>
        <translation>params.base: Die Auftragsbeschreibung nennt kein Basismodell.</translation>
    </message>
    <message>
        <location filename="../plugins/train/train_spec.cpp" line="263"/>
        <source># Save the spec below as spec.json, then run:
%1

%2</source>
        <translation># Speichern Sie die Auftragsbeschreibung unten als spec.json und führen Sie dann aus:
%1

%2</translation>
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
    <name>adaptlab::ChartView</name>
    <message>
        <location filename="../widgets/chart_view.cpp" line="643"/>
        <source>%1 to %2: %3</source>
        <comment>histogram bin: low edge, high edge, count</comment>
        <translation>%1 bis %2: %3</translation>
    </message>
    <message>
        <location filename="../widgets/chart_view.cpp" line="659"/>
        <source>%1: %2</source>
        <comment>bar: label, count</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../widgets/chart_view.cpp" line="660"/>
        <source>%1
%2 (%3% of all bars)</source>
        <comment>bar: label, then count and share in percent</comment>
        <translation>%1
%2 (%3 % aller Balken)</translation>
    </message>
    <message>
        <location filename="../widgets/chart_view.cpp" line="668"/>
        <source>%1: %2</source>
        <comment>axis title: value</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../widgets/chart_view.cpp" line="671"/>
        <source>%1: %2 (raw %3)</source>
        <comment>series: smoothed value (raw value)</comment>
        <translation>%1: %2 (roh %3)</translation>
    </message>
    <message>
        <location filename="../widgets/chart_view.cpp" line="674"/>
        <source>%1: %2</source>
        <comment>series: value</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../widgets/chart_view.cpp" line="728"/>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../widgets/chart_view.cpp" line="745"/>
        <source>Smoothing</source>
        <translation>Glättung</translation>
    </message>
    <message>
        <location filename="../widgets/chart_view.cpp" line="751"/>
        <source>Exponential moving average of the values, as TensorBoard draws it; the raw values stay visible behind the smoothed line.</source>
        <translation>Exponentieller gleitender Durchschnitt der Werte, wie TensorBoard ihn zeichnet; die Rohwerte bleiben hinter der geglätteten Linie sichtbar.</translation>
    </message>
    <message>
        <location filename="../widgets/chart_view.cpp" line="758"/>
        <source>Log scale</source>
        <translation>Logarithmische Skala</translation>
    </message>
    <message>
        <location filename="../widgets/chart_view.cpp" line="764"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location filename="../widgets/chart_view.cpp" line="765"/>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <location filename="../widgets/chart_view.cpp" line="766"/>
        <source>Wall time</source>
        <translation>Echtzeit</translation>
    </message>
    <message>
        <location filename="../widgets/chart_view.cpp" line="798"/>
        <source>Save image…</source>
        <translation>Bild speichern…</translation>
    </message>
    <message>
        <location filename="../widgets/chart_view.cpp" line="799"/>
        <source>Save data…</source>
        <translation>Daten speichern…</translation>
    </message>
    <message>
        <location filename="../widgets/chart_view.cpp" line="810"/>
        <source>Save chart image</source>
        <translation>Diagrammbild speichern</translation>
    </message>
    <message>
        <location filename="../widgets/chart_view.cpp" line="810"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location filename="../widgets/chart_view.cpp" line="814"/>
        <source>Save chart data</source>
        <translation>Diagrammdaten speichern</translation>
    </message>
    <message>
        <location filename="../widgets/chart_view.cpp" line="814"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../widgets/chart_view.cpp" line="1055"/>
        <source>%1: %2</source>
        <comment>grouped bar: group, value</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../widgets/chart_view.cpp" line="1057"/>
        <source>none</source>
        <comment>grouped bar without a value</comment>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>adaptlab::DatasetTableModel</name>
    <message>
        <location filename="../widgets/dataset_table_model.cpp" line="124"/>
        <source>not scanned</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <location filename="../widgets/dataset_table_model.cpp" line="126"/>
        <source>partial</source>
        <translation>unvollständig</translation>
    </message>
    <message>
        <location filename="../widgets/dataset_table_model.cpp" line="128"/>
        <source>scanned; problems: %1</source>
        <translation>geprüft; Probleme: %1</translation>
    </message>
    <message>
        <location filename="../widgets/dataset_table_model.cpp" line="129"/>
        <source>scanned</source>
        <translation>geprüft</translation>
    </message>
    <message>
        <location filename="../widgets/dataset_table_model.cpp" line="136"/>
        <source>not counted</source>
        <translation>nicht gezählt</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/dataset_table_model.cpp" line="147"/>
        <source>%1 (+%n more file(s))</source>
        <translation>
            <numerusform>%1 (+%n weitere Datei)</numerusform>
            <numerusform>%1 (+%n weitere Dateien)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/dataset_table_model.cpp" line="164"/>
        <source>Counted when the dataset is scanned.</source>
        <translation>Wird beim Prüfen des Datensatzes gezählt.</translation>
    </message>
    <message>
        <location filename="../widgets/dataset_table_model.cpp" line="166"/>
        <source>Not measured yet.</source>
        <translation>Noch nicht gemessen.</translation>
    </message>
    <message>
        <location filename="../widgets/dataset_table_model.cpp" line="169"/>
        <source>Not scanned yet: scan it to see its statistics and quality signals.</source>
        <translation>Noch nicht geprüft: Prüfen Sie ihn, um Statistiken und Qualitätssignale zu sehen.</translation>
    </message>
    <message>
        <location filename="../widgets/dataset_table_model.cpp" line="171"/>
        <source>The last scan could not read every file to its end; its numbers cover what was read.</source>
        <translation>Der letzte Prüflauf konnte nicht jede Datei bis zum Ende lesen; seine Zahlen beziehen sich auf das Gelesene.</translation>
    </message>
    <message>
        <location filename="../widgets/dataset_table_model.cpp" line="192"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../widgets/dataset_table_model.cpp" line="193"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../widgets/dataset_table_model.cpp" line="194"/>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <location filename="../widgets/dataset_table_model.cpp" line="195"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../widgets/dataset_table_model.cpp" line="196"/>
        <source>Scan</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location filename="../widgets/dataset_table_model.cpp" line="197"/>
        <source>Derived from</source>
        <translation>Abgeleitet von</translation>
    </message>
    <message>
        <location filename="../widgets/dataset_table_model.cpp" line="198"/>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <location filename="../widgets/dataset_table_model.cpp" line="199"/>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
</context>
<context>
    <name>adaptlab::JobListModel</name>
    <message>
        <location filename="../widgets/job_list_model.cpp" line="338"/>
        <source>(untitled job)</source>
        <translation>(Auftrag ohne Titel)</translation>
    </message>
    <message>
        <location filename="../widgets/job_list_model.cpp" line="342"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../widgets/job_list_model.cpp" line="274"/>
        <location filename="../widgets/job_list_model.cpp" line="344"/>
        <source>lost</source>
        <translation>verloren</translation>
    </message>
    <message>
        <location filename="../widgets/job_list_model.cpp" line="276"/>
        <location filename="../widgets/job_list_model.cpp" line="351"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../widgets/job_list_model.cpp" line="368"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../widgets/job_list_model.cpp" line="385"/>
        <source>Job</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <location filename="../widgets/job_list_model.cpp" line="387"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../widgets/job_list_model.cpp" line="389"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location filename="../widgets/job_list_model.cpp" line="391"/>
        <source>ETA</source>
        <translation>Restzeit</translation>
    </message>
</context>
<context>
    <name>adaptlab::JobRunner</name>
    <message>
        <location filename="../widgets/job_runner.cpp" line="59"/>
        <source>%1 #%2</source>
        <translation>%1 #%2</translation>
    </message>
    <message>
        <location filename="../widgets/job_runner.cpp" line="207"/>
        <source>(the log is empty)</source>
        <translation>(das Protokoll ist leer)</translation>
    </message>
    <message>
        <location filename="../widgets/job_runner.cpp" line="555"/>
        <source>The job program %1 could not be started: %2</source>
        <translation>Das Auftragsprogramm %1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <location filename="../widgets/job_runner.cpp" line="494"/>
        <source>This job is already running.</source>
        <translation>Dieser Auftrag läuft bereits.</translation>
    </message>
    <message>
        <location filename="../widgets/job_runner.cpp" line="257"/>
        <source>lost: the process ended without a final event. Last lines of its log:
%1</source>
        <translation>verloren: Der Prozess endete ohne abschließendes Ereignis. Letzte Zeilen seines Protokolls:
%1</translation>
    </message>
    <message>
        <location filename="../widgets/job_runner.cpp" line="308"/>
        <source>The job failed: %1
Last lines of its log:
%2</source>
        <translation>Der Auftrag ist fehlgeschlagen: %1
Letzte Zeilen seines Protokolls:
%2</translation>
    </message>
    <message>
        <location filename="../widgets/job_runner.cpp" line="309"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../widgets/job_runner.cpp" line="414"/>
        <source>lost: the process ended without a final event (the store could not be asked: %1). Last lines of its log:
%2</source>
        <translation>verloren: Der Prozess endete ohne abschließendes Ereignis (der Projektspeicher konnte nicht abgefragt werden: %1). Letzte Zeilen seines Protokolls:
%2</translation>
    </message>
    <message>
        <location filename="../widgets/job_runner.cpp" line="511"/>
        <source>The job spec was refused: %1</source>
        <translation>Die Auftragsbeschreibung wurde abgelehnt: %1</translation>
    </message>
    <message>
        <location filename="../widgets/job_runner.cpp" line="512"/>
        <source>The job spec was refused: %1: %2</source>
        <translation>Die Auftragsbeschreibung wurde abgelehnt: %1: %2</translation>
    </message>
    <message>
        <location filename="../widgets/job_runner.cpp" line="517"/>
        <source>The job program %1 was not found or is not executable.</source>
        <translation>Das Auftragsprogramm %1 wurde nicht gefunden oder ist nicht ausführbar.</translation>
    </message>
    <message>
        <location filename="../widgets/job_runner.cpp" line="521"/>
        <source>Could not create the run folder %1.</source>
        <translation>Der Laufordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../widgets/job_runner.cpp" line="527"/>
        <source>Could not write the job spec %1: %2</source>
        <translation>Die Auftragsbeschreibung %1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../widgets/job_runner.cpp" line="577"/>
        <source>Run #%1</source>
        <translation>Lauf #%1</translation>
    </message>
</context>
<context>
    <name>adaptlab::JobsDock</name>
    <message>
        <location filename="../widgets/jobs_dock.cpp" line="61"/>
        <source>Jobs</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <location filename="../widgets/jobs_dock.cpp" line="75"/>
        <source>No jobs yet. Long work (scans, tokenizer training, training runs, evaluations) runs as a separate process and appears here with its progress; it keeps its log in the run folder.</source>
        <translation>Noch keine Aufträge. Lange Arbeiten (Prüfläufe, Tokenizer-Training, Trainingsläufe, Bewertungen) laufen als eigener Prozess und erscheinen hier mit ihrem Fortschritt; ihr Protokoll liegt im Laufordner.</translation>
    </message>
    <message>
        <location filename="../widgets/jobs_dock.cpp" line="115"/>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <location filename="../widgets/jobs_dock.cpp" line="117"/>
        <source>Ask the job to stop: it saves a checkpoint where it can and exits. If it does not exit within its grace period, it is killed.</source>
        <translation>Den Auftrag bitten anzuhalten: Er speichert, wo möglich, einen Checkpoint und beendet sich. Beendet er sich nicht innerhalb seiner Karenzzeit, wird er abgebrochen.</translation>
    </message>
    <message>
        <location filename="../widgets/jobs_dock.cpp" line="119"/>
        <source>Open log</source>
        <translation>Protokoll öffnen</translation>
    </message>
    <message>
        <location filename="../widgets/jobs_dock.cpp" line="121"/>
        <source>Show the job&apos;s log (everything it printed) in a window that follows it while the job writes.</source>
        <translation>Das Protokoll des Auftrags (alles, was er ausgegeben hat) in einem Fenster anzeigen, das mitläuft, während der Auftrag schreibt.</translation>
    </message>
    <message>
        <location filename="../widgets/jobs_dock.cpp" line="123"/>
        <source>Clear finished</source>
        <translation>Beendete entfernen</translation>
    </message>
    <message>
        <location filename="../widgets/jobs_dock.cpp" line="125"/>
        <source>Remove the jobs that are no longer running from this list. Their run folders and logs are kept.</source>
        <translation>Aufträge, die nicht mehr laufen, aus dieser Liste entfernen. Ihre Laufordner und Protokolle bleiben erhalten.</translation>
    </message>
    <message>
        <location filename="../widgets/jobs_dock.cpp" line="224"/>
        <source>The runs of the project could not be read: %1</source>
        <translation>Die Läufe des Projekts konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../widgets/jobs_dock.cpp" line="365"/>
        <source>The job</source>
        <translation>Der Auftrag</translation>
    </message>
    <message>
        <location filename="../widgets/jobs_dock.cpp" line="368"/>
        <source>%1 was refused before it started:</source>
        <translation>%1 wurde vor dem Start abgelehnt:</translation>
    </message>
    <message>
        <location filename="../widgets/jobs_dock.cpp" line="370"/>
        <source>%1 was lost (its process ended without a final event):</source>
        <translation>%1 ging verloren (sein Prozess endete ohne abschließendes Ereignis):</translation>
    </message>
    <message>
        <location filename="../widgets/jobs_dock.cpp" line="372"/>
        <source>%1 failed:</source>
        <translation>%1 ist fehlgeschlagen:</translation>
    </message>
</context>
<context>
    <name>adaptlab::LogViewer</name>
    <message>
        <location filename="../widgets/log_viewer.cpp" line="31"/>
        <location filename="../widgets/log_viewer.cpp" line="32"/>
        <source>Log — %1</source>
        <translation>Protokoll — %1</translation>
    </message>
    <message>
        <location filename="../widgets/log_viewer.cpp" line="49"/>
        <source>Follow new lines</source>
        <translation>Neuen Zeilen folgen</translation>
    </message>
    <message>
        <location filename="../widgets/log_viewer.cpp" line="51"/>
        <source>Keep the end of the log in view while the job writes to it.</source>
        <translation>Das Ende des Protokolls im Blick behalten, während der Auftrag hineinschreibt.</translation>
    </message>
    <message>
        <location filename="../widgets/log_viewer.cpp" line="57"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../widgets/log_viewer.cpp" line="59"/>
        <source>Copy the selected lines, or the whole log shown here when nothing is selected.</source>
        <translation>Die ausgewählten Zeilen kopieren oder, wenn nichts ausgewählt ist, das ganze hier angezeigte Protokoll.</translation>
    </message>
    <message>
        <location filename="../widgets/log_viewer.cpp" line="61"/>
        <source>Open Folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <location filename="../widgets/log_viewer.cpp" line="63"/>
        <source>Open the run&apos;s folder (log, spec, outputs) in the file manager.</source>
        <translation>Den Ordner des Laufs (Protokoll, Auftragsbeschreibung, Ergebnisse) im Dateimanager öffnen.</translation>
    </message>
    <message>
        <location filename="../widgets/log_viewer.cpp" line="179"/>
        <source>The log has not been written yet; it appears here as soon as the job writes to it.</source>
        <translation>Das Protokoll wurde noch nicht geschrieben; es erscheint hier, sobald der Auftrag hineinschreibt.</translation>
    </message>
    <message>
        <location filename="../widgets/log_viewer.cpp" line="184"/>
        <source>Showing the end of the log (the first %1 are left out); read %2 so far. Open the folder to read all of it.</source>
        <translation>Das Ende des Protokolls wird angezeigt (die ersten %1 sind ausgelassen); bisher %2 gelesen. Öffnen Sie den Ordner, um alles zu lesen.</translation>
    </message>
    <message>
        <location filename="../widgets/log_viewer.cpp" line="186"/>
        <source>Read %1 so far.</source>
        <translation>Bisher %1 gelesen.</translation>
    </message>
    <message>
        <location filename="../widgets/log_viewer.cpp" line="202"/>
        <source>No file manager could be opened. The folder is %1</source>
        <translation>Es konnte kein Dateimanager geöffnet werden. Der Ordner ist %1</translation>
    </message>
</context>
<context>
    <name>adaptlab::ParamForm</name>
    <message>
        <location filename="../widgets/param_form.cpp" line="68"/>
        <source>Unknown job kind &quot;%1&quot;.</source>
        <translation>Unbekannte Auftragsart „%1“.</translation>
    </message>
    <message>
        <location filename="../widgets/param_form.cpp" line="107"/>
        <source>Advanced</source>
        <translation>Erweitert</translation>
    </message>
    <message>
        <location filename="../widgets/param_form.cpp" line="137"/>
        <location filename="../widgets/param_form.cpp" line="157"/>
        <source>automatic</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <location filename="../widgets/param_form.cpp" line="184"/>
        <source>comma-separated</source>
        <translation>durch Kommas getrennt</translation>
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
    <name>adaptlab::RunFollow</name>
    <message>
        <location filename="../widgets/run_follow_core.cpp" line="121"/>
        <source>The run list is not JSON (at byte %1: %2).</source>
        <translation>Die Laufliste ist kein JSON (bei Byte %1: %2).</translation>
    </message>
    <message>
        <location filename="../widgets/run_follow_core.cpp" line="127"/>
        <source>The run list has no &quot;runs&quot; array.</source>
        <translation>Die Laufliste enthält kein Array „runs“.</translation>
    </message>
    <message>
        <location filename="../widgets/run_follow_core.cpp" line="175"/>
        <source>%1 could not be started: %2</source>
        <translation>%1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <location filename="../widgets/run_follow_core.cpp" line="185"/>
        <source>Listing the runs failed (exit code %1): %2</source>
        <translation>Das Auflisten der Läufe ist fehlgeschlagen (Exit-Code %1): %2</translation>
    </message>
</context>
<context>
    <name>adaptlab::RunTableModel</name>
    <message>
        <location filename="../widgets/run_table_model.cpp" line="111"/>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <location filename="../widgets/run_table_model.cpp" line="112"/>
        <source>Job</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <location filename="../widgets/run_table_model.cpp" line="113"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../widgets/run_table_model.cpp" line="114"/>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <location filename="../widgets/run_table_model.cpp" line="115"/>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
</context>
<context>
    <name>adaptlab::StoreWorker</name>
    <message>
        <location filename="../widgets/store_access.cpp" line="71"/>
        <source>no project is open</source>
        <translation>kein Projekt geöffnet</translation>
    </message>
</context>
<context>
    <name>adaptlab::ViewHelpers</name>
    <message>
        <location filename="../widgets/view_helpers.cpp" line="21"/>
        <source>unknown</source>
        <comment>a size not measured</comment>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../widgets/view_helpers.cpp" line="34"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../widgets/view_helpers.cpp" line="38"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location filename="../widgets/view_helpers.cpp" line="41"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../widgets/view_helpers.cpp" line="49"/>
        <source>%1%</source>
        <comment>percentage</comment>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>adaptlab::corpus_panel::ActionsTab</name>
    <message>
        <location filename="../plugins/inspect/actions_tab.cpp" line="104"/>
        <source>Name of the new dataset (letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;).</source>
        <translation>Name des neuen Datensatzes (Buchstaben, Ziffern, &apos;-&apos;, &apos;_&apos; und &apos;.&apos;).</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/actions_tab.cpp" line="111"/>
        <source>Preview command</source>
        <translation>Befehl anzeigen</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/actions_tab.cpp" line="112"/>
        <source>Show the job spec and the command that runs it without the GUI.</source>
        <translation>Die Auftragsbeschreibung und den Befehl anzeigen, der sie ohne GUI ausführt.</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/actions_tab.cpp" line="129"/>
        <source>Filter by quality rules</source>
        <translation>Nach Qualitätsregeln filtern</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/actions_tab.cpp" line="143"/>
        <source>Also clean the kept documents line by line with C4&apos;s line rules</source>
        <translation>Die behaltenen Dokumente außerdem Zeile für Zeile mit den Zeilenregeln von C4 bereinigen</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/actions_tab.cpp" line="144"/>
        <source>Drops lines without terminal punctuation, with fewer than 5 words, or mentioning JavaScript or cookie and terms-of-use phrases.</source>
        <translation>Entfernt Zeilen ohne abschließendes Satzzeichen, mit weniger als 5 Wörtern oder mit Erwähnungen von JavaScript, Cookies oder Nutzungsbedingungen.</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/actions_tab.cpp" line="149"/>
        <location filename="../plugins/inspect/actions_tab.cpp" line="191"/>
        <location filename="../plugins/inspect/actions_tab.cpp" line="259"/>
        <source>New dataset:</source>
        <translation>Neuer Datensatz:</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/actions_tab.cpp" line="151"/>
        <source>Filter</source>
        <translation>Filtern</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/actions_tab.cpp" line="155"/>
        <source>Remove duplicates</source>
        <translation>Duplikate entfernen</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/actions_tab.cpp" line="172"/>
        <source>Exact and near duplicates</source>
        <translation>Exakte und Beinahe-Duplikate</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/actions_tab.cpp" line="173"/>
        <source>Exact duplicates only</source>
        <translation>Nur exakte Duplikate</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/actions_tab.cpp" line="174"/>
        <source>Near duplicates only</source>
        <translation>Nur Beinahe-Duplikate</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/actions_tab.cpp" line="189"/>
        <source>Remove:</source>
        <translation>Entfernen:</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/actions_tab.cpp" line="182"/>
        <source>Bands:</source>
        <translation>Bänder:</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/actions_tab.cpp" line="183"/>
        <source>Rows per band:</source>
        <translation>Zeilen pro Band:</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/actions_tab.cpp" line="194"/>
        <source>Deduplicate</source>
        <translation>Deduplizieren</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/actions_tab.cpp" line="199"/>
        <source>Chance to be compared, by similarity</source>
        <translation>Vergleichswahrscheinlichkeit nach Ähnlichkeit</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/actions_tab.cpp" line="204"/>
        <source>Jaccard similarity</source>
        <translation>Jaccard-Ähnlichkeit</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/actions_tab.cpp" line="220"/>
        <source>Select data like a target (DSIR)</source>
        <translation>Daten wie ein Ziel auswählen (DSIR)</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/actions_tab.cpp" line="244"/>
        <source>Sample (Gumbel noise); untick for the k highest weights</source>
        <translation>Stichprobe ziehen (Gumbel-Rauschen); abwählen für die k höchsten Gewichte</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/actions_tab.cpp" line="247"/>
        <source>whole documents</source>
        <translation>ganze Dokumente</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/actions_tab.cpp" line="257"/>
        <source>Target dataset:</source>
        <translation>Zieldatensatz:</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/actions_tab.cpp" line="251"/>
        <source>Select (k):</source>
        <translation>Auswählen (k):</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/actions_tab.cpp" line="252"/>
        <source>Chunk size (words):</source>
        <translation>Abschnittsgröße (Wörter):</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/actions_tab.cpp" line="254"/>
        <source>Seed:</source>
        <translation>Seed:</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/actions_tab.cpp" line="261"/>
        <source>Select</source>
        <translation>Auswählen</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/actions_tab.cpp" line="265"/>
        <source>Scan each new dataset as soon as its job has finished</source>
        <translation>Jeden neuen Datensatz prüfen, sobald sein Auftrag beendet ist</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/actions_tab.cpp" line="268"/>
        <source>Starts a scan of the derived dataset, so its statistics and rules are ready when you open it here.</source>
        <translation>Startet einen Prüflauf des abgeleiteten Datensatzes, damit seine Statistiken und Regeln bereitstehen, wenn Sie ihn hier öffnen.</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/actions_tab.cpp" line="425"/>
        <source>The scan (%4 bands of %5 rows) found %1 exact copies and %2 near duplicates beyond them: %3 documents in all.</source>
        <translation>Der Prüflauf (%4 Bänder zu je %5 Zeilen) fand %1 exakte Kopien und darüber hinaus %2 Beinahe-Duplikate: insgesamt %3 Dokumente.</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/actions_tab.cpp" line="433"/>
        <source>The scan found %1 exact copies and %2 near duplicates beyond them: %3 documents in all.</source>
        <translation>Der Prüflauf fand %1 exakte Kopien und darüber hinaus %2 Beinahe-Duplikate: insgesamt %3 Dokumente.</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/actions_tab.cpp" line="511"/>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/actions_tab.cpp" line="315"/>
        <source>Choose a dataset above to filter, deduplicate or select from it.</source>
        <translation>Wählen Sie oben einen Datensatz, um ihn zu filtern, zu deduplizieren oder daraus auszuwählen.</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/actions_tab.cpp" line="373"/>
        <source>%1 of %2 rules enabled.</source>
        <translation>%1 von %2 Regeln aktiviert.</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/actions_tab.cpp" line="375"/>
        <source>%1 of %2 rules enabled: they remove %3 of %4 documents and %5 of the words.</source>
        <translation>%1 von %2 Regeln aktiviert: Sie entfernen %3 von %4 Dokumenten und %5 der Wörter.</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/actions_tab.cpp" line="382"/>
        <source>%1 of %2 rules enabled. Scan the dataset to see how many documents they remove.</source>
        <translation>%1 von %2 Regeln aktiviert. Prüfen Sie den Datensatz, um zu sehen, wie viele Dokumente sie entfernen.</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/actions_tab.cpp" line="411"/>
        <source>%1 hashes. Documents about %2 similar have even odds of being compared; at 0.8 the chance is %3.</source>
        <translation>%1 Hashes. Dokumente mit etwa %2 Ähnlichkeit werden mit 50 % Wahrscheinlichkeit verglichen; bei 0,8 liegt die Chance bei %3.</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/actions_tab.cpp" line="132"/>
        <source>Writes a new dataset with the documents that pass every enabled %1, with the thresholds as set in Quality rules. The new dataset records the rules and thresholds it was made with (its %2).</source>
        <translation>Schreibt einen neuen Datensatz mit den Dokumenten, die jede aktivierte %1 bestehen, mit den Schwellenwerten aus „Qualitätsregeln“. Der neue Datensatz vermerkt die Regeln und Schwellenwerte, mit denen er erzeugt wurde (seine %2).</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/actions_tab.cpp" line="136"/>
        <source>rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/actions_tab.cpp" line="137"/>
        <source>provenance</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/actions_tab.cpp" line="159"/>
        <source>Exact deduplication removes %1: documents whose normalized text repeats an earlier one. Near deduplication finds %2: it compares %3 signatures of word 5-grams in bands (%4): two documents become candidates when all rows of any band agree, so more rows per band demand more %5 similarity, more bands catch more pairs. One document per cluster is kept, the first.</source>
        <translation>Die exakte Deduplizierung entfernt %1: Dokumente, deren normalisierter Text ein früheres Dokument wiederholt. Die Beinahe-Deduplizierung findet %2: Sie vergleicht %3-Signaturen von Wort-5-Grammen in Bändern (%4): Zwei Dokumente werden zu Kandidaten, wenn alle Zeilen irgendeines Bandes übereinstimmen; mehr Zeilen pro Band verlangen also mehr %5-Ähnlichkeit, mehr Bänder erfassen mehr Paare. Pro Cluster wird ein Dokument behalten, das erste.</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/actions_tab.cpp" line="165"/>
        <source>exact duplicates</source>
        <translation>exakte Duplikate</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/actions_tab.cpp" line="166"/>
        <source>near duplicates</source>
        <translation>Beinahe-Duplikate</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/actions_tab.cpp" line="167"/>
        <source>MinHash</source>
        <translation>MinHash</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/actions_tab.cpp" line="167"/>
        <source>LSH</source>
        <translation>LSH</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/actions_tab.cpp" line="168"/>
        <source>Jaccard</source>
        <translation>Jaccard</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/actions_tab.cpp" line="204"/>
        <source>Chance to be compared</source>
        <translation>Vergleichswahrscheinlichkeit</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/actions_tab.cpp" line="223"/>
        <source>%1 importance resampling (Xie et al. 2023): both datasets become hashed word unigram and bigram counts; each chunk of this dataset gets the log ratio of the target&apos;s distribution to this one&apos;s as its weight, and k chunks are drawn by weight. Use it to pick, from a large general pool, the part that looks like your domain. The job reports how much closer (%2 reduction) the selection is to the target.</source>
        <translation>Importance Resampling mit %1 (Xie et al. 2023): Beide Datensätze werden zu gehashten Zählungen von Wort-Unigrammen und -Bigrammen; jeder Abschnitt dieses Datensatzes erhält als Gewicht den Logarithmus des Verhältnisses der Zielverteilung zur Verteilung dieses Datensatzes, und k Abschnitte werden nach Gewicht gezogen. Damit wählen Sie aus einem großen allgemeinen Pool den Teil aus, der wie Ihre Domäne aussieht. Der Auftrag meldet, wie viel näher die Auswahl dem Ziel ist (Verringerung der %2-Divergenz).</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/actions_tab.cpp" line="229"/>
        <source>DSIR</source>
        <translation>DSIR</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/actions_tab.cpp" line="229"/>
        <source>KL</source>
        <translation>KL</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/actions_tab.cpp" line="253"/>
        <source>Hash buckets:</source>
        <translation>Hash-Buckets:</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/actions_tab.cpp" line="398"/>
        <source>%1 bands x %2 rows</source>
        <translation>%1 Bänder × %2 Zeilen</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/actions_tab.cpp" line="438"/>
        <source>The scan found %1 exact copies; scan again to count the near duplicates beyond them.</source>
        <translation>Der Prüflauf fand %1 exakte Kopien; prüfen Sie erneut, um die Beinahe-Duplikate darüber hinaus zu zählen.</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/actions_tab.cpp" line="487"/>
        <source>Choose a dataset first.</source>
        <translation>Wählen Sie zuerst einen Datensatz.</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/actions_tab.cpp" line="490"/>
        <source>&quot;%1&quot; cannot be a dataset name: use letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;.</source>
        <translation>„%1“ kann kein Datensatzname sein: Verwenden Sie Buchstaben, Ziffern, &apos;-&apos;, &apos;_&apos; und &apos;.&apos;.</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/actions_tab.cpp" line="493"/>
        <location filename="../plugins/inspect/actions_tab.cpp" line="609"/>
        <source>The project already has a dataset called &quot;%1&quot;.</source>
        <translation>Das Projekt hat bereits einen Datensatz namens „%1“.</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/actions_tab.cpp" line="499"/>
        <source>Enable at least one rule in Quality rules.</source>
        <translation>Aktivieren Sie mindestens eine Regel unter „Qualitätsregeln“.</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/actions_tab.cpp" line="502"/>
        <source>Import a target dataset first: the selection looks for documents that resemble it.</source>
        <translation>Importieren Sie zuerst einen Zieldatensatz: Die Auswahl sucht Dokumente, die ihm ähneln.</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/actions_tab.cpp" line="513"/>
        <source>The same job runs without the GUI, from a terminal or on a cluster: save the spec as spec.json and run the command.</source>
        <translation>Derselbe Auftrag läuft auch ohne GUI, in einem Terminal oder auf einem Cluster: Speichern Sie die Auftragsbeschreibung als spec.json und führen Sie den Befehl aus.</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/actions_tab.cpp" line="526"/>
        <source>Copy spec</source>
        <translation>Auftragsbeschreibung kopieren</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/actions_tab.cpp" line="528"/>
        <source>Copy the job spec (JSON) to the clipboard, to save as spec.json.</source>
        <translation>Die Auftragsbeschreibung (JSON) in die Zwischenablage kopieren, um sie als spec.json zu speichern.</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/actions_tab.cpp" line="529"/>
        <source>Copy command</source>
        <translation>Befehl kopieren</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/actions_tab.cpp" line="531"/>
        <source>Copy the command that runs the saved spec to the clipboard.</source>
        <translation>Den Befehl, der die gespeicherte Auftragsbeschreibung ausführt, in die Zwischenablage kopieren.</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/actions_tab.cpp" line="536"/>
        <source>The spec is on the clipboard.</source>
        <translation>Die Auftragsbeschreibung ist in der Zwischenablage.</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/actions_tab.cpp" line="540"/>
        <source>The command is on the clipboard.</source>
        <translation>Der Befehl ist in der Zwischenablage.</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/actions_tab.cpp" line="561"/>
        <source># Save the spec below as spec.json, then run:
%1

%2</source>
        <translation># Speichern Sie die Auftragsbeschreibung unten als spec.json und führen Sie dann aus:
%1

%2</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/actions_tab.cpp" line="563"/>
        <source># Run it with flags:
%1

# Or save the spec below as spec.json, then run:
%2

%3</source>
        <translation># Mit Optionen ausführen:
%1

# Oder speichern Sie die Auftragsbeschreibung unten als spec.json und führen Sie dann aus:
%2

%3</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/actions_tab.cpp" line="592"/>
        <source>Saving the rules and checking the name in the project…</source>
        <translation>Regeln werden gespeichert und der Name im Projekt wird geprüft…</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/actions_tab.cpp" line="604"/>
        <location filename="../plugins/inspect/actions_tab.cpp" line="631"/>
        <source>The job did not start: %1</source>
        <translation>Der Auftrag wurde nicht gestartet: %1</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/actions_tab.cpp" line="637"/>
        <source>Running; progress and Stop are in the Jobs dock.</source>
        <translation>Läuft; Fortschritt und „Anhalten“ finden Sie in der Leiste „Aufträge“.</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/actions_tab.cpp" line="647"/>
        <source>Done: dataset %1 was added to the project and is being scanned.</source>
        <translation>Fertig: Datensatz %1 wurde zum Projekt hinzugefügt und wird geprüft.</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/actions_tab.cpp" line="648"/>
        <source>Done: dataset %1 was added to the project; its scan did not start: %2</source>
        <translation>Fertig: Datensatz %1 wurde zum Projekt hinzugefügt; sein Prüflauf wurde nicht gestartet: %2</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/actions_tab.cpp" line="651"/>
        <source>Done: dataset %1 was added to the project.</source>
        <translation>Fertig: Datensatz %1 wurde zum Projekt hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/actions_tab.cpp" line="653"/>
        <source>Stopped before it finished; no dataset was added.</source>
        <translation>Vor dem Ende angehalten; es wurde kein Datensatz hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/actions_tab.cpp" line="655"/>
        <source>The job failed: %1</source>
        <translation>Der Auftrag ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/actions_tab.cpp" line="660"/>
        <source>%1
%2</source>
        <comment>job status, then the selection&apos;s comparison with random samples</comment>
        <translation>%1
%2</translation>
    </message>
</context>
<context>
    <name>adaptlab::corpus_panel::DatasetsPanel</name>
    <message>
        <location filename="../plugins/data/datasets_panel.cpp" line="138"/>
        <source>Data</source>
        <comment>the panel title, as the workflow step</comment>
        <translation>Daten</translation>
    </message>
    <message>
        <location filename="../plugins/data/datasets_panel.cpp" line="139"/>
        <source>Bring corpora into the project and keep track of them. Import reads plain text or JSON Lines (also compressed with zstd or gzip), lets you say which field is the text and which are metadata, and shows the first records and any broken ones before anything is added. Every dataset is then scanned once: counts, quality signals and duplicates, which you explore in the Inspect step. Filtering, deduplication and selection there create derived datasets, listed here with the dataset they came from.</source>
        <translation>Bringen Sie Korpora ins Projekt und behalten Sie den Überblick. Der Import liest Klartext oder JSON Lines (auch mit zstd oder gzip komprimiert), lässt Sie festlegen, welches Feld der Text ist und welche Metadaten sind, und zeigt die ersten Einträge und alle fehlerhaften, bevor etwas hinzugefügt wird. Jeder Datensatz wird dann einmal geprüft: Anzahlen, Qualitätssignale und Duplikate, die Sie im Schritt „Untersuchen“ erkunden. Filtern, Deduplizieren und Auswählen erzeugen dort abgeleitete Datensätze, die hier mit ihrem Ursprungsdatensatz aufgeführt werden.</translation>
    </message>
    <message>
        <location filename="../plugins/data/datasets_panel.cpp" line="146"/>
        <source>Help: &lt;a href=&quot;adaptlab-help:guide#data&quot;&gt;the Data step&lt;/a&gt; · &lt;a href=&quot;adaptlab-help:glossary#dataset&quot;&gt;dataset&lt;/a&gt; · &lt;a href=&quot;adaptlab-help:glossary#record&quot;&gt;record&lt;/a&gt; · &lt;a href=&quot;adaptlab-help:glossary#provenance&quot;&gt;provenance&lt;/a&gt; · &lt;a href=&quot;adaptlab-help:glossary#signals-file&quot;&gt;signals file&lt;/a&gt;</source>
        <translation>Hilfe: &lt;a href=&quot;adaptlab-help:guide#data&quot;&gt;Schritt „Daten“&lt;/a&gt; · &lt;a href=&quot;adaptlab-help:glossary#dataset&quot;&gt;Datensatz&lt;/a&gt; · &lt;a href=&quot;adaptlab-help:glossary#record&quot;&gt;Eintrag&lt;/a&gt; · &lt;a href=&quot;adaptlab-help:glossary#provenance&quot;&gt;Herkunft&lt;/a&gt; · &lt;a href=&quot;adaptlab-help:glossary#signals-file&quot;&gt;Signaldatei&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../plugins/data/datasets_panel.cpp" line="154"/>
        <source>No project is open. Create or open a project (File menu) to import corpora into it.</source>
        <translation>Kein Projekt geöffnet. Erstellen oder öffnen Sie ein Projekt (Menü „Datei“), um Korpora zu importieren.</translation>
    </message>
    <message>
        <location filename="../plugins/data/datasets_panel.cpp" line="163"/>
        <source>Import corpus…</source>
        <translation>Korpus importieren …</translation>
    </message>
    <message>
        <location filename="../plugins/data/datasets_panel.cpp" line="167"/>
        <source>Scan again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <location filename="../plugins/data/datasets_panel.cpp" line="169"/>
        <source>Read the selected dataset again and recompute its statistics, signals and duplicates (for example after its files changed).</source>
        <translation>Den ausgewählten Datensatz erneut lesen und Statistiken, Signale und Duplikate neu berechnen (zum Beispiel nach Änderungen an seinen Dateien).</translation>
    </message>
    <message>
        <location filename="../plugins/data/datasets_panel.cpp" line="172"/>
        <source>Remove…</source>
        <translation>Entfernen …</translation>
    </message>
    <message>
        <location filename="../plugins/data/datasets_panel.cpp" line="174"/>
        <source>Take the selected dataset out of the project: its scan results and the files the project wrote for it are deleted; your own corpus files are never touched. You are asked first.</source>
        <translation>Den ausgewählten Datensatz aus dem Projekt nehmen: Seine Prüfergebnisse und die Dateien, die das Projekt für ihn geschrieben hat, werden gelöscht; Ihre eigenen Korpusdateien werden nie angetastet. Sie werden vorher gefragt.</translation>
    </message>
    <message>
        <location filename="../plugins/data/datasets_panel.cpp" line="197"/>
        <source>Scan Again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <location filename="../plugins/data/datasets_panel.cpp" line="199"/>
        <source>Remove Dataset…</source>
        <translation>Datensatz entfernen …</translation>
    </message>
    <message>
        <location filename="../plugins/data/datasets_panel.cpp" line="215"/>
        <source>No datasets yet. Import a corpus to start.</source>
        <translation>Noch keine Datensätze. Importieren Sie ein Korpus, um zu beginnen.</translation>
    </message>
    <message>
        <location filename="../plugins/data/datasets_panel.cpp" line="227"/>
        <source>Imported datasets have no provenance; derived ones record their source, rules, thresholds and seed here.</source>
        <translation>Importierte Datensätze haben keine Herkunftsangaben; abgeleitete vermerken hier ihre Quelle, Regeln, Schwellenwerte und Seed.</translation>
    </message>
    <message>
        <location filename="../plugins/data/datasets_panel.cpp" line="233"/>
        <source>How it was made</source>
        <translation>Wie er entstanden ist</translation>
    </message>
    <message numerus="yes">
        <location filename="../plugins/data/datasets_panel.cpp" line="455"/>
        <source>&lt;p&gt;Its token shards are deleted: %n folder(s), which the project built from it:&lt;/p&gt;%1</source>
        <translation>
            <numerusform>&lt;p&gt;Seine Token-Shards werden gelöscht: %n Ordner, den das Projekt daraus erstellt hat:&lt;/p&gt;%1</numerusform>
            <numerusform>&lt;p&gt;Seine Token-Shards werden gelöscht: %n Ordner, die das Projekt daraus erstellt hat:&lt;/p&gt;%1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../plugins/data/datasets_panel.cpp" line="503"/>
        <source>Dataset %1 was removed from the project.</source>
        <translation>Datensatz %1 wurde aus dem Projekt entfernt.</translation>
    </message>
    <message>
        <location filename="../plugins/data/datasets_panel.cpp" line="505"/>
        <source>Dataset %1 could not be removed: %2</source>
        <translation>Datensatz %1 konnte nicht entfernt werden: %2</translation>
    </message>
    <message>
        <location filename="../plugins/data/datasets_panel.cpp" line="345"/>
        <source>The project store could not be read: %1</source>
        <translation>Der Projektspeicher konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../plugins/data/datasets_panel.cpp" line="413"/>
        <source>Dataset %1 is being removed; wait until that has finished.</source>
        <translation>Datensatz %1 wird gerade entfernt; warten Sie, bis das abgeschlossen ist.</translation>
    </message>
    <message>
        <location filename="../plugins/data/datasets_panel.cpp" line="81"/>
        <source>Run %1 is still working on %2. Stop it in the Jobs dock or let it finish, then remove the dataset.</source>
        <translation>Lauf %1 arbeitet noch mit %2. Halten Sie ihn in der Leiste „Aufträge“ an oder lassen Sie ihn zu Ende laufen, und entfernen Sie dann den Datensatz.</translation>
    </message>
    <message>
        <location filename="../plugins/data/datasets_panel.cpp" line="435"/>
        <source>Dataset %1 cannot be removed: %2</source>
        <translation>Datensatz %1 kann nicht entfernt werden: %2</translation>
    </message>
    <message>
        <location filename="../plugins/data/datasets_panel.cpp" line="449"/>
        <source>&lt;p&gt;Its entry in the project and its scan results (statistics, quality signals, duplicates) are deleted.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Er wird aus dem Projekt ausgetragen; seine Prüfergebnisse (Statistiken, Qualitätssignale, Duplikate) werden gelöscht.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../plugins/data/datasets_panel.cpp" line="451"/>
        <source>&lt;p&gt;Its entry in the project is deleted.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Er wird aus dem Projekt ausgetragen.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../plugins/data/datasets_panel.cpp" line="453"/>
        <source>&lt;p&gt;These files, which the project wrote, are deleted:&lt;/p&gt;%1</source>
        <translation>&lt;p&gt;Diese Dateien, die das Projekt geschrieben hat, werden gelöscht:&lt;/p&gt;%1</translation>
    </message>
    <message>
        <location filename="../plugins/data/datasets_panel.cpp" line="459"/>
        <source>&lt;p&gt;These files stay where they are (your corpus is never touched):&lt;/p&gt;%1</source>
        <translation>&lt;p&gt;Diese Dateien bleiben, wo sie sind (Ihr Korpus wird nie angetastet):&lt;/p&gt;%1</translation>
    </message>
    <message>
        <location filename="../plugins/data/datasets_panel.cpp" line="464"/>
        <source>&lt;p&gt;Datasets made from it stay, with their files and their record of how they were made: %1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Daraus erzeugte Datensätze bleiben erhalten, mit ihren Dateien und ihrer Herkunft: %1.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../plugins/data/datasets_panel.cpp" line="467"/>
        <source>Remove Dataset</source>
        <translation>Datensatz entfernen</translation>
    </message>
    <message>
        <location filename="../plugins/data/datasets_panel.cpp" line="468"/>
        <source>Remove the dataset &quot;%1&quot; from the project?</source>
        <translation>Den Datensatz „%1“ aus dem Projekt entfernen?</translation>
    </message>
    <message>
        <location filename="../plugins/data/datasets_panel.cpp" line="473"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../plugins/data/datasets_panel.cpp" line="492"/>
        <source>Removing dataset %1…</source>
        <translation>Datensatz %1 wird entfernt …</translation>
    </message>
    <message>
        <location filename="../plugins/data/datasets_panel.cpp" line="544"/>
        <source>The scan of %1 did not start: %2</source>
        <translation>Der Prüflauf von %1 wurde nicht gestartet: %2</translation>
    </message>
    <message>
        <location filename="../plugins/data/datasets_panel.cpp" line="546"/>
        <source>Scanning %1 (see the Jobs dock).</source>
        <translation>%1 wird geprüft (siehe Leiste „Aufträge“).</translation>
    </message>
    <message>
        <location filename="../plugins/data/datasets_panel.cpp" line="564"/>
        <source>No dataset selected</source>
        <translation>Kein Datensatz ausgewählt</translation>
    </message>
    <message>
        <location filename="../plugins/data/datasets_panel.cpp" line="95"/>
        <location filename="../plugins/data/datasets_panel.cpp" line="112"/>
        <source>Location: %1</source>
        <translation>Ort: %1</translation>
    </message>
    <message>
        <location filename="../plugins/data/datasets_panel.cpp" line="100"/>
        <source>Files (read as one dataset, in this order):</source>
        <translation>Dateien (als ein Datensatz gelesen, in dieser Reihenfolge):</translation>
    </message>
    <message>
        <location filename="../plugins/data/datasets_panel.cpp" line="107"/>
        <source>every other field</source>
        <translation>alle anderen Felder</translation>
    </message>
    <message>
        <location filename="../plugins/data/datasets_panel.cpp" line="108"/>
        <source>Text field: %1</source>
        <translation>Textfeld: %1</translation>
    </message>
    <message>
        <location filename="../plugins/data/datasets_panel.cpp" line="109"/>
        <source>Metadata fields: %1</source>
        <translation>Metadatenfelder: %1</translation>
    </message>
    <message>
        <location filename="../plugins/data/datasets_panel.cpp" line="109"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../plugins/data/datasets_panel.cpp" line="110"/>
        <source>Plain text files: %1</source>
        <translation>Klartextdateien: %1</translation>
    </message>
    <message>
        <location filename="../plugins/data/datasets_panel.cpp" line="114"/>
        <source>The field mapping cannot be read: %1</source>
        <translation>Die Feldzuordnung kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../plugins/data/datasets_panel.cpp" line="575"/>
        <source>Derived from: %1</source>
        <translation>Abgeleitet von: %1</translation>
    </message>
    <message>
        <location filename="../plugins/data/datasets_panel.cpp" line="580"/>
        <source>Derived from: %1 (no longer in the project)</source>
        <translation>Abgeleitet von: %1 (nicht mehr im Projekt)</translation>
    </message>
    <message>
        <location filename="../plugins/data/datasets_panel.cpp" line="584"/>
        <source>Not scanned yet. Its statistics appear in the Inspect step once a scan has run.</source>
        <translation>Noch nicht geprüft. Seine Statistiken erscheinen im Schritt „Untersuchen“, sobald ein Prüflauf gelaufen ist.</translation>
    </message>
</context>
<context>
    <name>adaptlab::corpus_panel::DocumentBrowser</name>
    <message>
        <location filename="../plugins/inspect/document_browser.cpp" line="132"/>
        <source>Search the text of every document</source>
        <translation>Den Text aller Dokumente durchsuchen</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/document_browser.cpp" line="134"/>
        <source>and metadata</source>
        <translation>und Metadaten</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/document_browser.cpp" line="135"/>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/document_browser.cpp" line="136"/>
        <source>Show all</source>
        <translation>Alle anzeigen</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/document_browser.cpp" line="150"/>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/document_browser.cpp" line="151"/>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/document_browser.cpp" line="159"/>
        <source>Search all documents</source>
        <translation>Alle Dokumente durchsuchen</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/document_browser.cpp" line="161"/>
        <source>Show every document that contains the search term, whatever the filter in &quot;Show&quot;.</source>
        <translation>Jedes Dokument anzeigen, das den Suchbegriff enthält, unabhängig vom Filter unter „Anzeigen“.</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/document_browser.cpp" line="191"/>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/document_browser.cpp" line="259"/>
        <source>Scan the dataset to browse its documents.</source>
        <translation>Prüfen Sie den Datensatz, um seine Dokumente zu durchsuchen.</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/document_browser.cpp" line="260"/>
        <source>Select a document to read it.</source>
        <translation>Wählen Sie ein Dokument, um es zu lesen.</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/document_browser.cpp" line="272"/>
        <source>All documents</source>
        <translation>Alle Dokumente</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/document_browser.cpp" line="273"/>
        <source>Removed by the enabled rules</source>
        <translation>Von den aktivierten Regeln entfernt</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/document_browser.cpp" line="274"/>
        <source>Kept by the enabled rules</source>
        <translation>Von den aktivierten Regeln behalten</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/document_browser.cpp" line="278"/>
        <source>Failing %1</source>
        <translation>Verletzt %1</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/document_browser.cpp" line="315"/>
        <source>Searching for &quot;%1&quot; in every document…</source>
        <translation>Suche nach „%1“ in allen Dokumenten …</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/document_browser.cpp" line="324"/>
        <source>The search failed: %1</source>
        <translation>Die Suche ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/document_browser.cpp" line="358"/>
        <source>Ordering documents…</source>
        <translation>Dokumente werden sortiert …</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/document_browser.cpp" line="365"/>
        <source>The documents could not be ordered: %1</source>
        <translation>Die Dokumente konnten nicht sortiert werden: %1</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/document_browser.cpp" line="449"/>
        <source>The texts could not be read: %1</source>
        <translation>Die Texte konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/document_browser.cpp" line="468"/>
        <source>(not found in the corpus: it changed since the scan)</source>
        <translation>(nicht im Korpus gefunden: Es wurde seit dem Prüflauf geändert)</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/document_browser.cpp" line="493"/>
        <source>Reading document %1…</source>
        <translation>Dokument %1 wird gelesen …</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/document_browser.cpp" line="501"/>
        <source>Document %1 is no longer in the corpus: it changed since the scan. Scan it again.</source>
        <translation>Dokument %1 ist nicht mehr im Korpus: Es wurde seit dem Prüflauf geändert. Prüfen Sie den Datensatz erneut.</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/document_browser.cpp" line="503"/>
        <source>The document could not be read: %1</source>
        <translation>Das Dokument konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/document_browser.cpp" line="523"/>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/document_browser.cpp" line="552"/>
        <source>The search for &quot;%1&quot; stopped at the first %2 documents that contain it.</source>
        <translation>Die Suche nach „%1“ hat bei den ersten %2 Dokumenten, die ihn enthalten, angehalten.</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/document_browser.cpp" line="555"/>
        <source>%1 documents contain &quot;%2&quot; — %3 of them pass the filter &quot;%4&quot;.</source>
        <translation>%1 Dokumente enthalten „%2“ — %3 davon bestehen den Filter „%4“.</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/document_browser.cpp" line="558"/>
        <source>The search for &quot;%1&quot; stopped at the first %2 documents that contain it — %3 of them pass the filter &quot;%4&quot;.</source>
        <translation>Die Suche nach „%1“ hat bei den ersten %2 Dokumenten, die ihn enthalten, angehalten — %3 davon bestehen den Filter „%4“.</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/document_browser.cpp" line="550"/>
        <source>Documents containing &quot;%1&quot;: %2.</source>
        <translation>Dokumente, die „%1“ enthalten: %2.</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/document_browser.cpp" line="543"/>
        <source>Documents shown: %1.</source>
        <translation>Angezeigte Dokumente: %1.</translation>
    </message>
</context>
<context>
    <name>adaptlab::corpus_panel::DocumentTableModel</name>
    <message>
        <location filename="../plugins/inspect/document_table_model.cpp" line="113"/>
        <source>passes</source>
        <translation>besteht</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/document_table_model.cpp" line="117"/>
        <source>loading…</source>
        <translation>lade …</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/document_table_model.cpp" line="70"/>
        <source>%1 (rule off)</source>
        <comment>a failed rule that is switched off</comment>
        <translation>%1 (Regel aus)</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/document_table_model.cpp" line="73"/>
        <source>%1: the value is %2; the first enabled rule it fails, which removes it.</source>
        <translation>%1: Der Wert ist %2; dies ist die erste aktivierte Regel, die das Dokument verletzt, und sie entfernt es.</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/document_table_model.cpp" line="75"/>
        <source>%1: the value is %2; this rule is switched off.</source>
        <translation>%1: Der Wert ist %2; diese Regel ist ausgeschaltet.</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/document_table_model.cpp" line="77"/>
        <source>%1: the value is %2.</source>
        <translation>%1: Der Wert ist %2.</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/document_table_model.cpp" line="84"/>
        <source>%1 rules: %2</source>
        <comment>how many rules a document fails, then their names</comment>
        <translation>%1 Regeln: %2</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/document_table_model.cpp" line="86"/>
        <source>Rules it fails:
%1</source>
        <translation>Verletzte Regeln:
%1</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/document_table_model.cpp" line="148"/>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/document_table_model.cpp" line="149"/>
        <source>Fails</source>
        <translation>Verletzt</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/document_table_model.cpp" line="150"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/document_table_model.cpp" line="151"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
</context>
<context>
    <name>adaptlab::corpus_panel::DocumentView</name>
    <message>
        <location filename="../plugins/inspect/document_view.cpp" line="43"/>
        <location filename="../plugins/inspect/document_view.cpp" line="130"/>
        <source>Select a document to read it.</source>
        <translation>Wählen Sie ein Dokument, um es zu lesen.</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/document_view.cpp" line="55"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/document_view.cpp" line="55"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/document_view.cpp" line="55"/>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/document_view.cpp" line="66"/>
        <source>Nothing</source>
        <translation>Nichts</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/document_view.cpp" line="86"/>
        <source>Previous match</source>
        <translation>Vorheriger Treffer</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/document_view.cpp" line="88"/>
        <source>Shift+F3</source>
        <translation>Umschalt+F3</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/document_view.cpp" line="89"/>
        <source>Next match</source>
        <translation>Nächster Treffer</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/document_view.cpp" line="91"/>
        <source>F3</source>
        <translation>F3</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/document_view.cpp" line="102"/>
        <source>Highlight the parts behind:</source>
        <translation>Stellen hervorheben für:</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/document_view.cpp" line="164"/>
        <source>Document %1 · %2</source>
        <translation>Dokument %1 · %2</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/document_view.cpp" line="168"/>
        <source>%1: %2</source>
        <comment>metadata field: value</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/document_view.cpp" line="177"/>
        <source>
[… only the first %1 characters are shown]</source>
        <translation>
[… nur die ersten %1 Zeichen werden angezeigt]</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/document_view.cpp" line="210"/>
        <source>passes</source>
        <translation>besteht</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/document_view.cpp" line="210"/>
        <source>fails</source>
        <translation>verletzt</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/document_view.cpp" line="210"/>
        <source>fails (rule off)</source>
        <translation>verletzt (Regel aus)</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/document_view.cpp" line="227"/>
        <source>Choose a rule above or a signal to see which parts of the text drive it.</source>
        <translation>Wählen Sie oben eine Regel oder ein Signal, um zu sehen, welche Textstellen es bestimmen.</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/document_view.cpp" line="234"/>
        <source>Finding the parts behind %1…</source>
        <translation>Suche die Stellen hinter %1 …</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/document_view.cpp" line="244"/>
        <source>The evidence could not be computed: %1</source>
        <translation>Die Belegstellen konnten nicht berechnet werden: %1</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/document_view.cpp" line="251"/>
        <source>%1 is %2 for this document; it has no particular place in the text to highlight.</source>
        <translation>%1 ist %2 für dieses Dokument; es gibt keine bestimmte Stelle im Text, die sich hervorheben lässt.</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/document_view.cpp" line="254"/>
        <source>%1 is %2 for this document; the highlighted parts drive it (places highlighted: %3).</source>
        <translation>%1 ist %2 für dieses Dokument; die hervorgehobenen Stellen bestimmen den Wert (hervorgehobene Stellen: %3).</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/document_view.cpp" line="308"/>
        <source>Finding &quot;%1&quot; in the text…</source>
        <translation>Suche „%1“ im Text …</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/document_view.cpp" line="317"/>
        <source>The search term could not be marked: %1</source>
        <translation>Der Suchbegriff konnte nicht markiert werden: %1</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/document_view.cpp" line="352"/>
        <source>&quot;%1&quot; is not in the text shown: the search found it in the metadata or beyond the part of the text shown here.</source>
        <translation>„%1“ steht nicht im angezeigten Text: Die Suche hat es in den Metadaten oder jenseits des hier angezeigten Textteils gefunden.</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/document_view.cpp" line="355"/>
        <source>Match %1 of %2 for &quot;%3&quot;</source>
        <translation>Treffer %1 von %2 für „%3“</translation>
    </message>
</context>
<context>
    <name>adaptlab::corpus_panel::DuplicatesTab</name>
    <message>
        <location filename="../plugins/inspect/duplicates_tab.cpp" line="122"/>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/duplicates_tab.cpp" line="122"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/duplicates_tab.cpp" line="122"/>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/duplicates_tab.cpp" line="122"/>
        <source>Kept document</source>
        <translation>Behaltenes Dokument</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/duplicates_tab.cpp" line="122"/>
        <source>Lowest similarity</source>
        <translation>Geringste Ähnlichkeit</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/duplicates_tab.cpp" line="146"/>
        <source>Kept</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/duplicates_tab.cpp" line="148"/>
        <source>Duplicate</source>
        <translation>Duplikat</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/duplicates_tab.cpp" line="216"/>
        <source>Scan the dataset to find its duplicates.</source>
        <translation>Prüfen Sie den Datensatz, um seine Duplikate zu finden.</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/duplicates_tab.cpp" line="218"/>
        <source>Duplicate clusters are built when this tab is shown.</source>
        <translation>Duplikat-Cluster werden gebildet, sobald dieser Reiter angezeigt wird.</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/duplicates_tab.cpp" line="236"/>
        <source>Building duplicate clusters from the scan&apos;s hashes…</source>
        <translation>Duplikat-Cluster werden aus den Hashes des Prüflaufs gebildet …</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/duplicates_tab.cpp" line="243"/>
        <source>The clusters could not be built: %1</source>
        <translation>Die Cluster konnten nicht gebildet werden: %1</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/duplicates_tab.cpp" line="257"/>
        <source>No duplicates: every document is unique, exactly and by MinHash.</source>
        <translation>Keine Duplikate: Jedes Dokument ist einzigartig, exakt und nach MinHash.</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/duplicates_tab.cpp" line="176"/>
        <source>Members (the first is kept by deduplication; the others are removed, each with its estimated similarity to the kept one):</source>
        <translation>Mitglieder (die Deduplizierung behält das erste und entfernt die anderen; jeweils mit der geschätzten Ähnlichkeit zum behaltenen Dokument):</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/duplicates_tab.cpp" line="259"/>
        <source>Clusters: %1. Deduplication keeps one document of each and removes %2: %3 exact copies, then %4 near duplicates (estimated word 5-gram Jaccard similarity to a kept document of at least %5).</source>
        <translation>Cluster: %1. Die Deduplizierung behält aus jedem ein Dokument und entfernt %2: %3 exakte Kopien, danach %4 Beinahe-Duplikate (geschätzte Jaccard-Ähnlichkeit der Wort-5-Gramme zu einem behaltenen Dokument von mindestens %5).</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/duplicates_tab.cpp" line="269"/>
        <source>Warning: the largest near-duplicate cluster holds %1 of the corpus (%2 documents). That is usually boilerplate that many documents share, or a threshold set too low.</source>
        <translation>Warnung: Der größte Beinahe-Duplikat-Cluster umfasst %1 des Korpus (%2 Dokumente). Das ist meist Standardtext, den viele Dokumente teilen, oder ein zu niedrig gesetzter Schwellenwert.</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/duplicates_tab.cpp" line="283"/>
        <source>exact</source>
        <translation>exaktes Duplikat</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/duplicates_tab.cpp" line="283"/>
        <source>near</source>
        <translation>Beinahe-Duplikat</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/duplicates_tab.cpp" line="287"/>
        <source>document %1</source>
        <translation>Dokument %1</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/duplicates_tab.cpp" line="315"/>
        <source>document %1 (kept)</source>
        <translation>Dokument %1 (behalten)</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/duplicates_tab.cpp" line="317"/>
        <source>document %1: exact copy, similarity %2</source>
        <translation>Dokument %1: exakte Kopie, Ähnlichkeit %2</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/duplicates_tab.cpp" line="319"/>
        <source>document %1: near duplicate, similarity %2</source>
        <translation>Dokument %1: Beinahe-Duplikat, Ähnlichkeit %2</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/duplicates_tab.cpp" line="331"/>
        <location filename="../plugins/inspect/duplicates_tab.cpp" line="332"/>
        <source>Kept: document %1</source>
        <translation>Behalten: Dokument %1</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/duplicates_tab.cpp" line="333"/>
        <source>Removed: document %1</source>
        <translation>Entfernt: Dokument %1</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/duplicates_tab.cpp" line="334"/>
        <source>Reading both documents…</source>
        <translation>Beide Dokumente werden gelesen …</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/duplicates_tab.cpp" line="352"/>
        <source>The documents are no longer in the corpus: it changed since the scan.</source>
        <translation>Die Dokumente sind nicht mehr im Korpus: Es wurde seit dem Prüflauf geändert.</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/duplicates_tab.cpp" line="354"/>
        <source>The documents could not be read: %1</source>
        <translation>Die Dokumente konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/duplicates_tab.cpp" line="363"/>
        <source>Word 5-gram Jaccard similarity: %1. The texts differ in too many places to mark them.</source>
        <translation>Jaccard-Ähnlichkeit der Wort-5-Gramme: %1. Die Texte unterscheiden sich an zu vielen Stellen, um sie zu markieren.</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/duplicates_tab.cpp" line="366"/>
        <source>Word 5-gram Jaccard similarity: %1. The words are the same; only spacing, case or punctuation may differ.</source>
        <translation>Jaccard-Ähnlichkeit der Wort-5-Gramme: %1. Die Wörter sind gleich; nur Leerraum, Groß-/Kleinschreibung oder Satzzeichen können sich unterscheiden.</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/duplicates_tab.cpp" line="369"/>
        <source>Word 5-gram Jaccard similarity: %1. Words only in the kept document are marked red (%2), words only in the other green (%3).</source>
        <translation>Jaccard-Ähnlichkeit der Wort-5-Gramme: %1. Wörter, die nur im behaltenen Dokument stehen, sind rot markiert (%2), Wörter nur im anderen grün (%3).</translation>
    </message>
</context>
<context>
    <name>adaptlab::corpus_panel::HistogramCard</name>
    <message>
        <location filename="../plugins/inspect/histogram_card.cpp" line="60"/>
        <source>No distribution recorded for this signal.</source>
        <translation>Für dieses Signal wurde keine Verteilung erfasst.</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/histogram_card.cpp" line="83"/>
        <source>Use this rule when filtering. Switched off, it still shows what it would remove.</source>
        <translation>Diese Regel beim Filtern verwenden. Ausgeschaltet zeigt sie weiterhin, was sie entfernen würde.</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/histogram_card.cpp" line="88"/>
        <source>Drag the red line on the chart or type a value.</source>
        <translation>Ziehen Sie die rote Linie im Diagramm oder geben Sie einen Wert ein.</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/histogram_card.cpp" line="141"/>
        <source>median %1</source>
        <translation>Median %1</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/histogram_card.cpp" line="143"/>
        <source>mean %1</source>
        <translation>Mittelwert %1</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/histogram_card.cpp" line="144"/>
        <source>min %1, mean %2, max %3</source>
        <translation>Min. %1, Mittelwert %2, Max. %3</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/histogram_card.cpp" line="192"/>
        <source>counting…</source>
        <translation>zähle …</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/histogram_card.cpp" line="196"/>
        <source>removes %1</source>
        <translation>entfernt %1</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/histogram_card.cpp" line="197"/>
        <source>Alone: %1 documents, %2 words. In sequence after the rules before it: %3 documents, %4 words.</source>
        <translation>Allein: %1 Dokumente, %2 Wörter. Nacheinander nach den vorherigen Regeln: %3 Dokumente, %4 Wörter.</translation>
    </message>
</context>
<context>
    <name>adaptlab::corpus_panel::ImportDialog</name>
    <message>
        <location filename="../plugins/data/import_dialog.cpp" line="114"/>
        <source>Import a corpus</source>
        <translation>Korpus importieren</translation>
    </message>
    <message>
        <location filename="../plugins/data/import_dialog.cpp" line="118"/>
        <source>Choose a corpus file, several files read as one dataset, or a folder of files (plain text, JSON Lines, optionally compressed with zstd or gzip). Check below that the first records read the way you expect: which JSON field holds the text, which fields to keep as metadata (URL, source, date, ... used for breakdowns and metadata conditioning), and which problems a quick look at the start of each file found. Importing registers the corpus where it is (nothing is copied) and starts a full scan.</source>
        <translation>Wählen Sie eine Korpusdatei, mehrere Dateien als einen Datensatz oder einen Ordner mit Dateien (Klartext, JSON Lines, optional mit zstd oder gzip komprimiert). Kontrollieren Sie unten, ob die ersten Einträge wie erwartet gelesen werden: welches JSON-Feld den Text enthält, welche Felder als Metadaten behalten werden (URL, Quelle, Datum, … für Aufschlüsselungen und Metadaten-Konditionierung) und welche Probleme ein kurzer Blick auf den Anfang jeder Datei gefunden hat. Der Import registriert das Korpus an seinem Ort (nichts wird kopiert) und startet einen vollständigen Prüflauf.</translation>
    </message>
    <message>
        <location filename="../plugins/data/import_dialog.cpp" line="133"/>
        <source>Choose folder…</source>
        <translation>Ordner wählen …</translation>
    </message>
    <message>
        <location filename="../plugins/data/import_dialog.cpp" line="145"/>
        <source>Which files of the folder to read, e.g. *.jsonl.zst</source>
        <translation>Welche Dateien des Ordners gelesen werden, z. B. *.jsonl.zst</translation>
    </message>
    <message>
        <location filename="../plugins/data/import_dialog.cpp" line="146"/>
        <source>Include subfolders</source>
        <translation>Unterordner einbeziehen</translation>
    </message>
    <message>
        <location filename="../plugins/data/import_dialog.cpp" line="150"/>
        <source>File pattern:</source>
        <translation>Dateimuster:</translation>
    </message>
    <message>
        <location filename="../plugins/data/import_dialog.cpp" line="174"/>
        <source>Corpus:</source>
        <translation>Korpus:</translation>
    </message>
    <message>
        <location filename="../plugins/data/import_dialog.cpp" line="176"/>
        <source>Dataset name:</source>
        <translation>Datensatzname:</translation>
    </message>
    <message>
        <location filename="../plugins/data/import_dialog.cpp" line="180"/>
        <source>Field mapping</source>
        <translation>Feldzuordnung</translation>
    </message>
    <message>
        <location filename="../plugins/data/import_dialog.cpp" line="185"/>
        <source>The JSON field that holds the document&apos;s text.</source>
        <translation>Das JSON-Feld, das den Text des Dokuments enthält.</translation>
    </message>
    <message>
        <location filename="../plugins/data/import_dialog.cpp" line="193"/>
        <source>Ticked fields are kept with each document as metadata.</source>
        <translation>Angehakte Felder werden mit jedem Dokument als Metadaten behalten.</translation>
    </message>
    <message>
        <location filename="../plugins/data/import_dialog.cpp" line="196"/>
        <source>Keep every other field as metadata too</source>
        <translation>Alle anderen Felder ebenfalls als Metadaten behalten</translation>
    </message>
    <message>
        <location filename="../plugins/data/import_dialog.cpp" line="203"/>
        <source>How plain text files (.txt) are split into documents.</source>
        <translation>Wie Klartextdateien (.txt) in Dokumente aufgeteilt werden.</translation>
    </message>
    <message>
        <location filename="../plugins/data/import_dialog.cpp" line="207"/>
        <source>Text field (JSON):</source>
        <translation>Textfeld (JSON):</translation>
    </message>
    <message>
        <location filename="../plugins/data/import_dialog.cpp" line="208"/>
        <source>Metadata fields (JSON):</source>
        <translation>Metadatenfelder (JSON):</translation>
    </message>
    <message>
        <location filename="../plugins/data/import_dialog.cpp" line="210"/>
        <source>Plain text files:</source>
        <translation>Klartextdateien:</translation>
    </message>
    <message>
        <location filename="../plugins/data/import_dialog.cpp" line="215"/>
        <location filename="../plugins/data/import_dialog.cpp" line="614"/>
        <source>Choose a corpus to see its first records.</source>
        <translation>Wählen Sie ein Korpus, um seine ersten Einträge zu sehen.</translation>
    </message>
    <message>
        <location filename="../plugins/data/import_dialog.cpp" line="220"/>
        <source>Double-click a record to read it in full.</source>
        <translation>Doppelklicken Sie auf einen Eintrag, um ihn vollständig zu lesen.</translation>
    </message>
    <message>
        <location filename="../plugins/data/import_dialog.cpp" line="231"/>
        <source>Scan the whole corpus</source>
        <translation>Ganzes Korpus prüfen</translation>
    </message>
    <message>
        <location filename="../plugins/data/import_dialog.cpp" line="233"/>
        <source>The quick pre-scan reads only the start of each file. This reads every record now, in the background, and lists every kind of problem it meets, before anything is imported.</source>
        <translation>Die schnelle Vorprüfung liest nur den Anfang jeder Datei. Hiermit wird jetzt jeder Eintrag im Hintergrund gelesen, und jede Art von Problem, die dabei auftritt, wird aufgelistet, bevor etwas importiert wird.</translation>
    </message>
    <message>
        <location filename="../plugins/data/import_dialog.cpp" line="237"/>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <location filename="../plugins/data/import_dialog.cpp" line="239"/>
        <source>Stop reading; the problems found so far stay listed.</source>
        <translation>Das Lesen anhalten; die bisher gefundenen Probleme bleiben aufgelistet.</translation>
    </message>
    <message>
        <location filename="../plugins/data/import_dialog.cpp" line="290"/>
        <source>Import and scan</source>
        <translation>Importieren und prüfen</translation>
    </message>
    <message>
        <location filename="../plugins/data/import_dialog.cpp" line="295"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../plugins/data/import_dialog.cpp" line="130"/>
        <source>A corpus file or folder (several files: separated by &apos;;&apos;)</source>
        <translation>Eine Korpusdatei oder ein Ordner (mehrere Dateien: durch &apos;;&apos; getrennt)</translation>
    </message>
    <message>
        <location filename="../plugins/data/import_dialog.cpp" line="131"/>
        <source>Choose files…</source>
        <translation>Dateien wählen…</translation>
    </message>
    <message>
        <location filename="../plugins/data/import_dialog.cpp" line="132"/>
        <source>One file, or several files (e.g. the shards of one corpus) read as one dataset</source>
        <translation>Eine Datei oder mehrere Dateien (z. B. die Teile eines Korpus), gelesen als ein Datensatz</translation>
    </message>
    <message>
        <location filename="../plugins/data/import_dialog.cpp" line="159"/>
        <source>How the dataset is called in this project. Letters of any language, digits, spaces and punctuation, but no &apos;/&apos; or &apos;\&apos; and no &apos;.&apos; or &apos;-&apos; first: the name is also used for the files the scan writes.</source>
        <translation>Wie der Datensatz in diesem Projekt heißt. Buchstaben jeder Sprache, Ziffern, Leerzeichen und Satzzeichen, aber kein &apos;/&apos; oder &apos;\&apos; und kein &apos;.&apos; oder &apos;-&apos; am Anfang: Der Name wird auch für die Dateien verwendet, die der Prüflauf schreibt.</translation>
    </message>
    <message>
        <location filename="../plugins/data/import_dialog.cpp" line="330"/>
        <source>Choose corpus files</source>
        <translation>Korpusdateien wählen</translation>
    </message>
    <message>
        <location filename="../plugins/data/import_dialog.cpp" line="331"/>
        <source>Corpora (*.jsonl *.ndjson *.json *.txt *.zst *.gz);;All files (*)</source>
        <translation>Korpora (*.jsonl *.ndjson *.json *.txt *.zst *.gz);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../plugins/data/import_dialog.cpp" line="338"/>
        <source>Choose a folder of corpus files</source>
        <translation>Ordner mit Korpusdateien auswählen</translation>
    </message>
    <message>
        <location filename="../plugins/data/import_dialog.cpp" line="535"/>
        <source>Reading the first records…</source>
        <translation>Die ersten Einträge werden gelesen …</translation>
    </message>
    <message>
        <location filename="../plugins/data/import_dialog.cpp" line="612"/>
        <location filename="../plugins/data/import_dialog.cpp" line="759"/>
        <source>The corpus cannot be read: %1</source>
        <translation>Das Korpus kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../plugins/data/import_dialog.cpp" line="616"/>
        <source>Nothing to preview: no document could be read (see below).</source>
        <translation>Keine Vorschau: Es konnte kein Dokument gelesen werden (siehe unten).</translation>
    </message>
    <message>
        <location filename="../plugins/data/import_dialog.cpp" line="618"/>
        <source>No documents were found with this mapping (files read: %1). Check the text field and the problems below.</source>
        <translation>Mit dieser Zuordnung wurden keine Dokumente gefunden (gelesene Dateien: %1). Prüfen Sie das Textfeld und die Probleme unten.</translation>
    </message>
    <message>
        <location filename="../plugins/data/import_dialog.cpp" line="749"/>
        <source>Open or create a project first.</source>
        <translation>Öffnen oder erstellen Sie zuerst ein Projekt.</translation>
    </message>
    <message>
        <location filename="../plugins/data/import_dialog.cpp" line="768"/>
        <source>Add the dataset to the project and start scanning it.</source>
        <translation>Den Datensatz zum Projekt hinzufügen und mit dem Prüfen beginnen.</translation>
    </message>
    <message>
        <location filename="../plugins/data/import_dialog.cpp" line="899"/>
        <source>No project is open. Create or open a project first.</source>
        <translation>Kein Projekt geöffnet. Erstellen oder öffnen Sie zuerst ein Projekt.</translation>
    </message>
    <message>
        <location filename="../plugins/data/import_dialog.cpp" line="753"/>
        <location filename="../plugins/data/import_dialog.cpp" line="904"/>
        <source>Choose a corpus file or folder first.</source>
        <translation>Wählen Sie zuerst eine Korpusdatei oder einen Ordner.</translation>
    </message>
    <message numerus="yes">
        <location filename="../plugins/data/import_dialog.cpp" line="622"/>
        <source>The first %1 documents as they will be read, from %Ln file(s). Double-click one to read it in full.</source>
        <translation>
            <numerusform>Die ersten %1 Dokumente, wie sie gelesen werden, aus %Ln Datei. Doppelklicken Sie auf eines, um es vollständig zu lesen.</numerusform>
            <numerusform>Die ersten %1 Dokumente, wie sie gelesen werden, aus %Ln Dateien. Doppelklicken Sie auf eines, um es vollständig zu lesen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../plugins/data/import_dialog.cpp" line="655"/>
        <source>The quick pre-scan read %Ln record(s) from the start of each file (up to %1 per file) and found no problems.</source>
        <translation>
            <numerusform>Die schnelle Vorprüfung hat %Ln Eintrag vom Anfang jeder Datei gelesen (bis zu %1 pro Datei) und keine Probleme gefunden.</numerusform>
            <numerusform>Die schnelle Vorprüfung hat %Ln Einträge vom Anfang jeder Datei gelesen (bis zu %1 pro Datei) und keine Probleme gefunden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../plugins/data/import_dialog.cpp" line="659"/>
        <source>The quick pre-scan read %Ln record(s) from the start of each file (up to %1 per file). Broken records are skipped and counted: %2</source>
        <translation>
            <numerusform>Die schnelle Vorprüfung hat %Ln Eintrag vom Anfang jeder Datei gelesen (bis zu %1 pro Datei). Fehlerhafte Einträge werden übersprungen und gezählt: %2</numerusform>
            <numerusform>Die schnelle Vorprüfung hat %Ln Einträge vom Anfang jeder Datei gelesen (bis zu %1 pro Datei). Fehlerhafte Einträge werden übersprungen und gezählt: %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../plugins/data/import_dialog.cpp" line="707"/>
        <source>There is no file to read: the folder is empty, or no file in it matches the file pattern.</source>
        <translation>Es gibt keine Datei zu lesen: Der Ordner ist leer, oder keine Datei darin passt zum Dateimuster.</translation>
    </message>
    <message>
        <location filename="../plugins/data/import_dialog.cpp" line="709"/>
        <source>%1 is not a text file (it holds NUL bytes): a binary file cannot be a corpus.</source>
        <translation>%1 ist keine Textdatei (sie enthält NUL-Bytes): Eine Binärdatei kann kein Korpus sein.</translation>
    </message>
    <message numerus="yes">
        <location filename="../plugins/data/import_dialog.cpp" line="710"/>
        <source>None of the %Ln files is a text file (they hold NUL bytes): binary files cannot be a corpus.</source>
        <translation>
            <numerusform>Die %Ln Datei ist keine Textdatei (sie enthält NUL-Bytes): Binärdateien können kein Korpus sein.</numerusform>
            <numerusform>Keine der %Ln Dateien ist eine Textdatei (sie enthalten NUL-Bytes): Binärdateien können kein Korpus sein.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../plugins/data/import_dialog.cpp" line="713"/>
        <source>%1 is empty: there are no documents to import.</source>
        <translation>%1 ist leer: Es gibt keine Dokumente zu importieren.</translation>
    </message>
    <message numerus="yes">
        <location filename="../plugins/data/import_dialog.cpp" line="714"/>
        <source>All %Ln files are empty: there are no documents to import.</source>
        <translation>
            <numerusform>Die %Ln Datei ist leer: Es gibt keine Dokumente zu importieren.</numerusform>
            <numerusform>Alle %Ln Dateien sind leer: Es gibt keine Dokumente zu importieren.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../plugins/data/import_dialog.cpp" line="716"/>
        <source>None of the %Ln files holds text that can be read: each is empty, binary or cannot be opened.</source>
        <translation>
            <numerusform>Die %Ln Datei enthält keinen lesbaren Text: Sie ist leer, binär oder kann nicht geöffnet werden.</numerusform>
            <numerusform>Keine der %Ln Dateien enthält lesbaren Text: Jede ist leer, binär oder kann nicht geöffnet werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../plugins/data/import_dialog.cpp" line="721"/>
        <source>the %Ln files</source>
        <translation>
            <numerusform>der %Ln Datei</numerusform>
            <numerusform>den %Ln Dateien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../plugins/data/import_dialog.cpp" line="723"/>
        <source>No document could be read from %1: all %Ln record(s) read were broken.</source>
        <translation>
            <numerusform>Aus %1 konnte kein Dokument gelesen werden: Der %Ln gelesene Eintrag war fehlerhaft.</numerusform>
            <numerusform>Aus %1 konnte kein Dokument gelesen werden: Alle %Ln gelesenen Einträge waren fehlerhaft.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../plugins/data/import_dialog.cpp" line="725"/>
        <source>No document could be read from %1.</source>
        <translation>Aus %1 konnte kein Dokument gelesen werden.</translation>
    </message>
    <message>
        <location filename="../plugins/data/import_dialog.cpp" line="729"/>
        <source>The first: %1 at %2 (%3).</source>
        <translation>Der erste: %1 bei %2 (%3).</translation>
    </message>
    <message>
        <location filename="../plugins/data/import_dialog.cpp" line="733"/>
        <source>%1 %2</source>
        <comment>two sentences: the verdict, then the first broken record</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../plugins/data/import_dialog.cpp" line="751"/>
        <source>Adding the dataset to the project…</source>
        <translation>Der Datensatz wird dem Projekt hinzugefügt…</translation>
    </message>
    <message>
        <location filename="../plugins/data/import_dialog.cpp" line="757"/>
        <source>Reading the start of the corpus…</source>
        <translation>Der Anfang des Korpus wird gelesen …</translation>
    </message>
    <message>
        <location filename="../plugins/data/import_dialog.cpp" line="774"/>
        <source>This corpus cannot be imported. %1</source>
        <translation>Dieses Korpus kann nicht importiert werden. %1</translation>
    </message>
    <message>
        <location filename="../plugins/data/import_dialog.cpp" line="796"/>
        <source>Reading every record of the corpus…</source>
        <translation>Jeder Eintrag des Korpus wird gelesen …</translation>
    </message>
    <message>
        <location filename="../plugins/data/import_dialog.cpp" line="827"/>
        <source>The whole corpus could not be read: %1</source>
        <translation>Das ganze Korpus konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../plugins/data/import_dialog.cpp" line="832"/>
        <source>no problems</source>
        <translation>keine Probleme</translation>
    </message>
    <message>
        <location filename="../plugins/data/import_dialog.cpp" line="835"/>
        <source>The whole corpus was read: %1 records, %2 of them good documents. Problems: %3.</source>
        <translation>Das ganze Korpus wurde gelesen: %1 Einträge, davon %2 gültige Dokumente. Probleme: %3.</translation>
    </message>
    <message>
        <location filename="../plugins/data/import_dialog.cpp" line="841"/>
        <source>Stopped after %1 records (%2 of the corpus). Problems so far: %3.</source>
        <translation>Nach %1 Einträgen angehalten (%2 des Korpus). Bisherige Probleme: %3.</translation>
    </message>
    <message>
        <location filename="../plugins/data/import_dialog.cpp" line="858"/>
        <source>Record %1 — %2</source>
        <translation>Eintrag %1 — %2</translation>
    </message>
    <message>
        <location filename="../plugins/data/import_dialog.cpp" line="869"/>
        <source>No metadata fields.</source>
        <translation>Keine Metadatenfelder.</translation>
    </message>
    <message>
        <location filename="../plugins/data/import_dialog.cpp" line="869"/>
        <source>Metadata:
%1</source>
        <translation>Metadaten:
%1</translation>
    </message>
    <message>
        <location filename="../plugins/data/import_dialog.cpp" line="910"/>
        <source>The corpus %1 does not exist.</source>
        <translation>Das Korpus %1 existiert nicht.</translation>
    </message>
    <message>
        <location filename="../plugins/data/import_dialog.cpp" line="914"/>
        <source>The corpus %1 cannot be read (permission denied).</source>
        <translation>Das Korpus %1 kann nicht gelesen werden (Zugriff verweigert).</translation>
    </message>
    <message>
        <location filename="../plugins/data/import_dialog.cpp" line="918"/>
        <source>%1 is a folder: import a folder on its own (with a file pattern), or choose files.</source>
        <translation>%1 ist ein Ordner: Importieren Sie einen Ordner allein (mit einem Dateimuster) oder wählen Sie Dateien.</translation>
    </message>
    <message>
        <location filename="../plugins/data/import_dialog.cpp" line="925"/>
        <source>&quot;%1&quot; cannot be a dataset name. %2</source>
        <translation>„%1“ kann kein Datensatzname sein. %2</translation>
    </message>
    <message>
        <location filename="../plugins/data/import_dialog.cpp" line="989"/>
        <source>The project already has a dataset called &quot;%1&quot;. Choose another name.</source>
        <translation>Das Projekt hat bereits einen Datensatz namens „%1“. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location filename="../plugins/data/import_dialog.cpp" line="929"/>
        <source>The start of the corpus is still being read; import it once the preview is shown.</source>
        <translation>Der Anfang des Korpus wird noch gelesen; importieren Sie es, sobald die Vorschau angezeigt wird.</translation>
    </message>
    <message>
        <location filename="../plugins/data/import_dialog.cpp" line="937"/>
        <source>The records have no field &quot;%1&quot;. Choose the field that holds the text.</source>
        <translation>Die Einträge haben kein Feld „%1“. Wählen Sie das Feld, das den Text enthält.</translation>
    </message>
    <message>
        <location filename="../plugins/data/import_dialog.cpp" line="985"/>
        <source>The dataset could not be added: %1</source>
        <translation>Der Datensatz konnte nicht hinzugefügt werden: %1</translation>
    </message>
    <message>
        <location filename="../plugins/data/import_dialog.cpp" line="996"/>
        <source>Dataset %1 was added to %2, which is no longer open; scan it from the Data step once that project is open again.</source>
        <translation>Der Datensatz %1 wurde zu %2 hinzugefügt, das nicht mehr geöffnet ist; scannen Sie ihn im Schritt „Daten“, sobald das Projekt wieder geöffnet ist.</translation>
    </message>
    <message>
        <location filename="../plugins/data/import_dialog.cpp" line="1004"/>
        <source>Dataset %1 added, but its scan did not start: %2</source>
        <translation>Datensatz %1 hinzugefügt, aber sein Prüflauf wurde nicht gestartet: %2</translation>
    </message>
    <message>
        <location filename="../plugins/data/import_dialog.cpp" line="1007"/>
        <source>Dataset %1 added; scanning it now (see the Jobs dock).</source>
        <translation>Datensatz %1 hinzugefügt; er wird jetzt geprüft (siehe Leiste „Aufträge“).</translation>
    </message>
</context>
<context>
    <name>adaptlab::corpus_panel::InspectPanel</name>
    <message>
        <location filename="../plugins/inspect/inspect_panel.cpp" line="38"/>
        <source>Inspect</source>
        <comment>the panel title, as the workflow step</comment>
        <translation>Untersuchen</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/inspect_panel.cpp" line="42"/>
        <source>Look inside a dataset before training on it. Overview: how much text there is, how much of it repeats and where it comes from. Quality rules: the %1 and %2 heuristics as numbers per document; move a threshold and see at once how many documents and words each %3 removes. Documents: read any document and see why a rule flags it. Duplicates: %4 and %5 side by side. Actions: write a filtered, deduplicated or %6-selected dataset that remembers how it was made (its %7).</source>
        <translation>Einen Datensatz vor dem Training untersuchen. Übersicht: wie viel Text es gibt, wie viel davon sich wiederholt und woher er stammt. Qualitätsregeln: die %1- und %2-Heuristiken als Zahlen pro Dokument; verschieben Sie einen Schwellenwert und sehen Sie sofort, wie viele Dokumente und Wörter jede %3 entfernt. Dokumente: jedes Dokument lesen und sehen, warum eine Regel es markiert. Duplikate: %4 und %5 nebeneinander. Aktionen: einen gefilterten, deduplizierten oder per %6 ausgewählten Datensatz schreiben, der weiß, wie er entstanden ist (seine %7).</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/inspect_panel.cpp" line="49"/>
        <source>Gopher</source>
        <translation>Gopher</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/inspect_panel.cpp" line="49"/>
        <source>C4</source>
        <translation>C4</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/inspect_panel.cpp" line="50"/>
        <source>rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/inspect_panel.cpp" line="51"/>
        <source>exact copies</source>
        <translation>exakte Kopien</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/inspect_panel.cpp" line="52"/>
        <source>near copies</source>
        <translation>Beinahe-Duplikate</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/inspect_panel.cpp" line="53"/>
        <source>DSIR</source>
        <translation>DSIR</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/inspect_panel.cpp" line="54"/>
        <source>provenance</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/inspect_panel.cpp" line="57"/>
        <source>No project is open. Create or open a project, then import a corpus in the Data step.</source>
        <translation>Kein Projekt geöffnet. Erstellen oder öffnen Sie ein Projekt und importieren Sie dann ein Korpus im Schritt „Daten“.</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/inspect_panel.cpp" line="81"/>
        <location filename="../plugins/inspect/inspect_panel.cpp" line="274"/>
        <source>Scan</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/inspect_panel.cpp" line="93"/>
        <location filename="../plugins/inspect/inspect_panel.cpp" line="108"/>
        <source>Show examples</source>
        <translation>Beispiele anzeigen</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/inspect_panel.cpp" line="108"/>
        <source>Hide examples</source>
        <translation>Beispiele ausblenden</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/inspect_panel.cpp" line="119"/>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/inspect_panel.cpp" line="120"/>
        <source>Quality rules</source>
        <translation>Qualitätsregeln</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/inspect_panel.cpp" line="121"/>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/inspect_panel.cpp" line="122"/>
        <source>Duplicates</source>
        <translation>Duplikate</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/inspect_panel.cpp" line="123"/>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/inspect_panel.cpp" line="126"/>
        <source>Dataset:</source>
        <translation>Datensatz:</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/inspect_panel.cpp" line="188"/>
        <source>%1 (documents: %2)</source>
        <translation>%1 (Dokumente: %2)</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/inspect_panel.cpp" line="241"/>
        <source>The scan did not start: %1</source>
        <translation>Der Prüflauf wurde nicht gestartet: %1</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/inspect_panel.cpp" line="245"/>
        <source>Scanning %1; progress and Stop are in the Jobs dock.</source>
        <translation>%1 wird geprüft; Fortschritt und „Anhalten“ finden Sie in der Leiste „Aufträge“.</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/inspect_panel.cpp" line="249"/>
        <source>The scan did not finish: %1</source>
        <translation>Der Prüflauf wurde nicht beendet: %1</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/inspect_panel.cpp" line="250"/>
        <source>it was stopped</source>
        <translation>er wurde angehalten</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/inspect_panel.cpp" line="251"/>
        <source>it failed (see the Jobs dock)</source>
        <translation>er ist fehlgeschlagen (siehe Leiste „Aufträge“)</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/inspect_panel.cpp" line="265"/>
        <source>No datasets yet: import a corpus in the Data step.</source>
        <translation>Noch keine Datensätze: Importieren Sie ein Korpus im Schritt „Daten“.</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/inspect_panel.cpp" line="274"/>
        <source>Scan again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/inspect_panel.cpp" line="276"/>
        <source>Reading the dataset&apos;s scan…</source>
        <translation>Prüflauf des Datensatzes wird gelesen…</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/inspect_panel.cpp" line="280"/>
        <source>Not scanned yet. Scan it to see its statistics, quality signals and duplicates.</source>
        <translation>Noch nicht geprüft. Prüfen Sie ihn, um Statistiken, Qualitätssignale und Duplikate zu sehen.</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/inspect_panel.cpp" line="283"/>
        <source>Documents: %1; files: %2.</source>
        <translation>Dokumente: %1; Dateien: %2.</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/inspect_panel.cpp" line="294"/>
        <source>Partial scan: some input could not be read to its end, so the numbers below cover only what was read. Records skipped: %1</source>
        <translation>Unvollständiger Prüflauf: Einige Eingaben konnten nicht bis zum Ende gelesen werden, daher beziehen sich die Zahlen unten nur auf das Gelesene. Übersprungene Einträge: %1</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/inspect_panel.cpp" line="295"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/inspect_panel.cpp" line="297"/>
        <source>Some records could not be read and were skipped: %1</source>
        <translation>Einige Einträge konnten nicht gelesen werden und wurden übersprungen: %1</translation>
    </message>
</context>
<context>
    <name>adaptlab::corpus_panel::InspectSession</name>
    <message>
        <location filename="../plugins/inspect/inspect_session.cpp" line="313"/>
        <source>The project store could not be read: %1</source>
        <translation>Der Projektspeicher konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/inspect_session.cpp" line="315"/>
        <source>The dataset&apos;s field mapping cannot be read: %1</source>
        <translation>Die Feldzuordnung des Datensatzes kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/inspect_session.cpp" line="318"/>
        <source>The dataset&apos;s signals file does not match its scan: %1. Inspect the dataset again.</source>
        <translation>Die Signaldatei des Datensatzes passt nicht zu seinem Prüflauf: %1. Untersuchen Sie den Datensatz erneut.</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/inspect_session.cpp" line="321"/>
        <source>The dataset&apos;s scan results cannot be read: %1. Scan it again.</source>
        <translation>Die Ergebnisse des Prüflaufs für den Datensatz können nicht gelesen werden: %1. Prüfen Sie ihn erneut.</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/inspect_session.cpp" line="363"/>
        <source>the dataset&apos;s settings are not a JSON object</source>
        <translation>die Einstellungen des Datensatzes sind kein JSON-Objekt</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/inspect_session.cpp" line="369"/>
        <source>Some saved quality rule choices of dataset %1 could not be used; those rules have their defaults: %2</source>
        <translation>Einige gespeicherte Einstellungen der Qualitätsregeln von Datensatz %1 konnten nicht verwendet werden; diese Regeln haben ihre Standardwerte: %2</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/inspect_session.cpp" line="406"/>
        <source>The quality rule choices could not be saved: the project file is damaged.</source>
        <translation>Die Einstellungen der Qualitätsregeln konnten nicht gespeichert werden: Die Projektdatei ist beschädigt.</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/inspect_session.cpp" line="431"/>
        <source>The quality rule choices could not be saved in the project: %1</source>
        <translation>Die Einstellungen der Qualitätsregeln konnten nicht im Projekt gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/inspect_session.cpp" line="439"/>
        <source>No dataset is open.</source>
        <translation>Kein Datensatz ist geöffnet.</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/inspect_session.cpp" line="500"/>
        <source>Counting what the rules remove failed: %1</source>
        <translation>Das Zählen der von den Regeln entfernten Dokumente ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>adaptlab::corpus_panel::JobSpecs</name>
    <message>
        <location filename="../widgets/corpus/job_specs.cpp" line="61"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/job_specs.cpp" line="64"/>
        <source>must be a list of rules</source>
        <translation>muss eine Liste von Regeln sein</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/job_specs.cpp" line="71"/>
        <source>must be an object with a &quot;key&quot;</source>
        <translation>muss ein Objekt mit einem „key“ sein</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/job_specs.cpp" line="77"/>
        <source>unknown rule &quot;%1&quot;</source>
        <translation>unbekannte Regel „%1“</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/job_specs.cpp" line="85"/>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/job_specs.cpp" line="91"/>
        <source>must be a number</source>
        <translation>muss eine Zahl sein</translation>
    </message>
</context>
<context>
    <name>adaptlab::corpus_panel::OverviewTab</name>
    <message>
        <location filename="../plugins/inspect/overview_tab.cpp" line="39"/>
        <source>URL host</source>
        <translation>URL-Host</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/overview_tab.cpp" line="51"/>
        <source>documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/overview_tab.cpp" line="51"/>
        <source>Documents the scan read (broken records are counted as problems, not documents).</source>
        <translation>Vom Prüflauf gelesene Dokumente (fehlerhafte Einträge zählen als Probleme, nicht als Dokumente).</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/overview_tab.cpp" line="53"/>
        <source>words</source>
        <translation>Wörter</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/overview_tab.cpp" line="53"/>
        <source>Whitespace-separated words with at least one non-punctuation character.</source>
        <translation>Durch Leerraum getrennte Wörter mit mindestens einem Zeichen, das kein Satzzeichen ist.</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/overview_tab.cpp" line="55"/>
        <source>of text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/overview_tab.cpp" line="55"/>
        <source>Size of the documents&apos; text in UTF-8, without JSON syntax or compression.</source>
        <translation>Größe des Texts der Dokumente in UTF-8, ohne JSON-Syntax und Komprimierung.</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/overview_tab.cpp" line="59"/>
        <source>exact duplicates</source>
        <translation>exakte Duplikate</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/overview_tab.cpp" line="57"/>
        <location filename="../plugins/inspect/overview_tab.cpp" line="362"/>
        <location filename="../plugins/inspect/overview_tab.cpp" line="368"/>
        <source>tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/overview_tab.cpp" line="57"/>
        <source>Token counts need a tokenizer: train or add one in the Tokenizer step.</source>
        <translation>Token-Anzahlen brauchen einen Tokenizer: Trainieren oder fügen Sie einen im Schritt „Tokenizer“ hinzu.</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/overview_tab.cpp" line="59"/>
        <source>Documents deduplication removes as exact copies: their normalized text repeats an earlier document.</source>
        <translation>Dokumente, die die Deduplizierung als exakte Kopien entfernt: Ihr normalisierter Text wiederholt ein früheres Dokument.</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/overview_tab.cpp" line="61"/>
        <location filename="../plugins/inspect/overview_tab.cpp" line="311"/>
        <source>near duplicates beyond exact copies</source>
        <translation>Beinahe-Duplikate über exakte Kopien hinaus</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/overview_tab.cpp" line="63"/>
        <location filename="../plugins/inspect/overview_tab.cpp" line="310"/>
        <location filename="../plugins/inspect/overview_tab.cpp" line="327"/>
        <source>removed by deduplication</source>
        <translation>durch Deduplizierung entfernt</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/overview_tab.cpp" line="63"/>
        <source>Exact copies and near duplicates together: what removing exact and near duplicates takes out of this dataset.</source>
        <translation>Exakte Kopien und Beinahe-Duplikate zusammen: was das Entfernen exakter und Beinahe-Duplikate aus diesem Datensatz herausnimmt.</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/overview_tab.cpp" line="65"/>
        <source>removed by the enabled rules</source>
        <translation>von den aktivierten Regeln entfernt</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/overview_tab.cpp" line="65"/>
        <source>Documents failing at least one enabled quality rule, with the thresholds as set in Quality rules.</source>
        <translation>Dokumente, die mindestens eine aktivierte Qualitätsregel verletzen, mit den Schwellenwerten aus „Qualitätsregeln“.</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/overview_tab.cpp" line="92"/>
        <source>fail %1 rules</source>
        <translation>verletzen %1-Regeln</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/overview_tab.cpp" line="93"/>
        <source>Share of documents failing at least one enabled rule of this family.</source>
        <translation>Anteil der Dokumente, die mindestens eine aktivierte Regel dieser Familie verletzen.</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/overview_tab.cpp" line="103"/>
        <source>Length</source>
        <translation>Länge</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/overview_tab.cpp" line="113"/>
        <source>Metadata</source>
        <translation>Metadaten</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/overview_tab.cpp" line="118"/>
        <source>Most frequent values of</source>
        <translation>Häufigste Werte von</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/overview_tab.cpp" line="122"/>
        <source>This dataset has no metadata fields. Map fields such as url or source on import to see where its documents come from.</source>
        <translation>Dieser Datensatz hat keine Metadatenfelder. Ordnen Sie beim Import Felder wie url oder source zu, um zu sehen, woher seine Dokumente stammen.</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/overview_tab.cpp" line="130"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/overview_tab.cpp" line="130"/>
        <location filename="../plugins/inspect/overview_tab.cpp" line="150"/>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/overview_tab.cpp" line="130"/>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/overview_tab.cpp" line="357"/>
        <source>tokens with %1</source>
        <translation>Tokens mit %1</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/overview_tab.cpp" line="358"/>
        <source>Tokens in this dataset&apos;s shards, %1 of them held out for measuring.</source>
        <translation>Tokens in den Shards dieses Datensatzes, davon %1 zum Messen zurückgehalten.</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/overview_tab.cpp" line="361"/>
        <source>no tokenizer yet</source>
        <translation>noch kein Tokenizer</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/overview_tab.cpp" line="318"/>
        <location filename="../plugins/inspect/overview_tab.cpp" line="319"/>
        <location filename="../plugins/inspect/overview_tab.cpp" line="364"/>
        <source>not counted</source>
        <translation>nicht gezählt</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/overview_tab.cpp" line="320"/>
        <source>near duplicates beyond exact copies: scan again to count them</source>
        <translation>Beinahe-Duplikate über exakte Kopien hinaus: erneut prüfen, um sie zu zählen</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/overview_tab.cpp" line="321"/>
        <source>removed by deduplication: scan again to count them</source>
        <translation>durch Deduplizierung entfernt: erneut prüfen, um sie zu zählen</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/overview_tab.cpp" line="322"/>
        <source>This scan was made before near duplicates were counted apart from exact copies. Scan the dataset again to count the near duplicates beyond the exact copies and what deduplication removes in total.</source>
        <translation>Dieser Prüflauf stammt aus der Zeit, bevor Beinahe-Duplikate getrennt von exakten Kopien gezählt wurden. Prüfen Sie den Datensatz erneut, um die Beinahe-Duplikate über die exakten Kopien hinaus zu zählen und zu sehen, was die Deduplizierung insgesamt entfernt.</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/overview_tab.cpp" line="330"/>
        <source>near duplicates beyond exact copies (similarity %1 and above; clusters: %2)</source>
        <translation>Beinahe-Duplikate über exakte Kopien hinaus (Ähnlichkeit ab %1; Cluster: %2)</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/overview_tab.cpp" line="333"/>
        <source>near duplicates beyond exact copies (clusters: %1)</source>
        <translation>Beinahe-Duplikate über exakte Kopien hinaus (Cluster: %1)</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/overview_tab.cpp" line="335"/>
        <source>Documents in a MinHash-LSH cluster of similar documents that are not its first document and not already an exact copy: deduplication removes them after the exact copies.</source>
        <translation>Dokumente in einem MinHash-LSH-Cluster ähnlicher Dokumente, die weder dessen erstes Dokument noch bereits eine exakte Kopie sind: Die Deduplizierung entfernt sie nach den exakten Kopien.</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/overview_tab.cpp" line="340"/>
        <source>The largest %1 cluster holds %2 documents, %3 of the dataset. A cluster that large is usually boilerplate many documents share (a licence, a template, a header) or a %4 threshold set too low: look at it in Duplicates before removing it.</source>
        <translation>Der größte %1-Cluster umfasst %2 Dokumente, %3 des Datensatzes. Ein so großer Cluster ist meist Standardtext, den viele Dokumente teilen (eine Lizenz, eine Vorlage, ein Kopfbereich), oder ein zu niedrig gesetzter Schwellenwert für die %4: Sehen Sie ihn sich unter „Duplikate“ an, bevor Sie ihn entfernen.</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/overview_tab.cpp" line="344"/>
        <source>near-duplicate</source>
        <translation>Beinahe-Duplikat</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/overview_tab.cpp" line="346"/>
        <source>similarity</source>
        <translation>Ähnlichkeit</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/overview_tab.cpp" line="365"/>
        <source>tokens: tokenize this dataset in the Tokenizer step</source>
        <translation>Tokens: Tokenisieren Sie diesen Datensatz im Schritt „Tokenizer“</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/overview_tab.cpp" line="382"/>
        <source>counting…</source>
        <translation>zähle …</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/overview_tab.cpp" line="409"/>
        <location filename="../plugins/inspect/overview_tab.cpp" line="427"/>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/overview_tab.cpp" line="430"/>
        <source>Top %1 values of %2</source>
        <translation>Die %1 häufigsten Werte von %2</translation>
    </message>
</context>
<context>
    <name>adaptlab::corpus_panel::PreviewTableModel</name>
    <message>
        <location filename="../widgets/corpus/preview_table_model.cpp" line="52"/>
        <source>%1 = %2</source>
        <comment>metadata field = value</comment>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/preview_table_model.cpp" line="90"/>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/preview_table_model.cpp" line="91"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/preview_table_model.cpp" line="92"/>
        <source>Characters</source>
        <translation>Zeichen</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/preview_table_model.cpp" line="93"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/preview_table_model.cpp" line="94"/>
        <source>Metadata</source>
        <translation>Metadaten</translation>
    </message>
</context>
<context>
    <name>adaptlab::corpus_panel::ProblemTableModel</name>
    <message>
        <location filename="../widgets/corpus/problem_table_model.cpp" line="26"/>
        <source>%1: %2</source>
        <comment>problem kind: count</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/problem_table_model.cpp" line="76"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/problem_table_model.cpp" line="77"/>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/problem_table_model.cpp" line="78"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>adaptlab::corpus_panel::QualityTab</name>
    <message>
        <location filename="../plugins/inspect/quality_tab.cpp" line="51"/>
        <source>Reset to defaults</source>
        <translation>Auf Standardwerte zurücksetzen</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/quality_tab.cpp" line="53"/>
        <source>Switch every rule on again with the thresholds of the papers (Gopher as in datatrove, C4 as in TFDS), for this dataset from now on.</source>
        <translation>Alle Regeln wieder einschalten, mit den Schwellenwerten aus den Veröffentlichungen (Gopher wie in datatrove, C4 wie in TFDS), ab jetzt für diesen Datensatz.</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/quality_tab.cpp" line="65"/>
        <source>Tick a %1 to use it when filtering; change its threshold on its chart below (drag the red line or type the value). &quot;Alone&quot; is what a rule removes by itself, &quot;in sequence&quot; what it removes after the rules above it. The rules are the %2 and %3 heuristics; the counts come from the dataset&apos;s %4, so no text is read again. Your choices are kept with this dataset in the project. Double-click a rule to see its chart.</source>
        <translation>Haken Sie eine %1 an, um sie beim Filtern zu verwenden; ändern Sie ihren Schwellenwert in ihrem Diagramm unten (ziehen Sie die rote Linie oder geben Sie den Wert ein). „Allein“ ist, was eine Regel für sich entfernt, „nacheinander“, was sie nach den Regeln darüber entfernt. Die Regeln sind die %2- und %3-Heuristiken; die Zahlen stammen aus der %4 des Datensatzes, daher wird kein Text erneut gelesen. Ihre Einstellungen werden mit diesem Datensatz im Projekt gespeichert. Doppelklicken Sie auf eine Regel, um ihr Diagramm zu sehen.</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/quality_tab.cpp" line="72"/>
        <source>rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/quality_tab.cpp" line="73"/>
        <source>Gopher</source>
        <translation>Gopher</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/quality_tab.cpp" line="74"/>
        <source>C4</source>
        <translation>C4</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/quality_tab.cpp" line="75"/>
        <source>signals file</source>
        <translation>Signaldatei</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/quality_tab.cpp" line="135"/>
        <source>Other signals</source>
        <translation>Weitere Signale</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/quality_tab.cpp" line="190"/>
        <source>Scan the dataset to count what the rules remove.</source>
        <translation>Prüfen Sie den Datensatz, um zu zählen, was die Regeln entfernen.</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/quality_tab.cpp" line="193"/>
        <source>Counting what the rules remove…</source>
        <translation>Zähle, was die Regeln entfernen …</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/quality_tab.cpp" line="195"/>
        <source>The enabled rules remove %1 of %2 documents and %3 of %4 words.</source>
        <translation>Die aktivierten Regeln entfernen %1 von %2 Dokumenten und %3 von %4 Wörtern.</translation>
    </message>
</context>
<context>
    <name>adaptlab::corpus_panel::RuleTableModel</name>
    <message>
        <location filename="../plugins/inspect/rule_table_model.cpp" line="80"/>
        <source>%1 %2</source>
        <comment>bound and threshold, e.g. &apos;at least 50&apos;</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/rule_table_model.cpp" line="86"/>
        <location filename="../plugins/inspect/rule_table_model.cpp" line="90"/>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/rule_table_model.cpp" line="108"/>
        <source>%1: %2</source>
        <comment>rule label: why the rule exists</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/rule_table_model.cpp" line="113"/>
        <source>What this rule would remove if it were the only rule.</source>
        <translation>Was diese Regel entfernen würde, wenn sie die einzige Regel wäre.</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/rule_table_model.cpp" line="116"/>
        <source>What this rule removes that the enabled rules above it have not removed already.</source>
        <translation>Was diese Regel entfernt, das die aktivierten Regeln darüber nicht schon entfernt haben.</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/rule_table_model.cpp" line="153"/>
        <source>The rule; tick it to use it when filtering.</source>
        <translation>Die Regel; haken Sie sie an, um sie beim Filtern zu verwenden.</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/rule_table_model.cpp" line="154"/>
        <source>The paper&apos;s group of rules it belongs to.</source>
        <translation>Die Regelgruppe der Veröffentlichung, zu der die Regel gehört.</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/rule_table_model.cpp" line="155"/>
        <source>The documents this rule keeps: those whose value is at least or at most the threshold.</source>
        <translation>Die Dokumente, die diese Regel behält: jene, deren Wert mindestens bzw. höchstens den Schwellenwert erreicht.</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/rule_table_model.cpp" line="157"/>
        <source>Documents this rule would remove if it were the only rule.</source>
        <translation>Dokumente, die diese Regel entfernen würde, wenn sie die einzige Regel wäre.</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/rule_table_model.cpp" line="158"/>
        <source>Words in the documents this rule would remove if it were the only rule.</source>
        <translation>Wörter in den Dokumenten, die diese Regel entfernen würde, wenn sie die einzige Regel wäre.</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/rule_table_model.cpp" line="159"/>
        <source>Documents this rule removes that the enabled rules above it have not removed already.</source>
        <translation>Dokumente, die diese Regel entfernt und die die aktivierten Regeln darüber nicht schon entfernt haben.</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/rule_table_model.cpp" line="161"/>
        <source>Words in the documents this rule removes after the enabled rules above it.</source>
        <translation>Wörter in den Dokumenten, die diese Regel nach den aktivierten Regeln darüber entfernt.</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/rule_table_model.cpp" line="171"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/rule_table_model.cpp" line="172"/>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/rule_table_model.cpp" line="173"/>
        <source>Keeps documents with</source>
        <translation>Behält Dokumente mit</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/rule_table_model.cpp" line="174"/>
        <source>Removes alone</source>
        <translation>Entfernt allein</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/rule_table_model.cpp" line="175"/>
        <source>Words alone</source>
        <translation>Wörter allein</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/rule_table_model.cpp" line="176"/>
        <source>Removes in sequence</source>
        <translation>Entfernt nacheinander</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/rule_table_model.cpp" line="177"/>
        <source>Words in sequence</source>
        <translation>Wörter nacheinander</translation>
    </message>
</context>
<context>
    <name>adaptlab::gui::AppContext</name>
    <message>
        <location filename="../app/gui/app_context.cpp" line="124"/>
        <source>Closed before it was open.</source>
        <translation>Geschlossen, bevor es geöffnet war.</translation>
    </message>
    <message>
        <location filename="../app/gui/app_context.cpp" line="224"/>
        <source>No project is open. Create or open a project before starting a job.</source>
        <translation>Kein Projekt geöffnet. Legen Sie ein Projekt an oder öffnen Sie eines, bevor Sie einen Auftrag starten.</translation>
    </message>
    <message>
        <location filename="../app/gui/app_context.cpp" line="230"/>
        <source>The job was refused: %1: %2</source>
        <translation>Der Auftrag wurde abgelehnt: %1: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/app_context.cpp" line="243"/>
        <source>%1 (starting)</source>
        <comment>job label while its run is being created</comment>
        <translation>%1 (wird gestartet)</translation>
    </message>
    <message>
        <location filename="../app/gui/app_context.cpp" line="265"/>
        <source>The store did not create the run.</source>
        <translation>Der Projektspeicher hat den Lauf nicht angelegt.</translation>
    </message>
</context>
<context>
    <name>adaptlab::gui::HelpWindow</name>
    <message>
        <location filename="../app/gui/help_window.cpp" line="18"/>
        <source>AdaptLab Help</source>
        <translation>AdaptLab-Hilfe</translation>
    </message>
    <message>
        <location filename="../app/gui/help_window.cpp" line="21"/>
        <source>User guide</source>
        <translation>Benutzerhandbuch</translation>
    </message>
    <message>
        <location filename="../app/gui/help_window.cpp" line="22"/>
        <source>Glossary</source>
        <translation>Glossar</translation>
    </message>
</context>
<context>
    <name>adaptlab::gui::MainWindow</name>
    <message>
        <location filename="../app/gui/main_window.cpp" line="155"/>
        <source>its metadata names the workflow step &quot;%1&quot;, which this build does not have (known steps: %2)</source>
        <translation>seine Metadaten nennen den Arbeitsschritt „%1“, den dieser Build nicht kennt (bekannte Schritte: %2)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="166"/>
        <source>its createPanel() returned no widget</source>
        <translation>sein createPanel() lieferte kein Widget</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="168"/>
        <source>it failed while creating its panel: %1</source>
        <translation>beim Erzeugen seines Panels ist ein Fehler aufgetreten: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="171"/>
        <source>it failed while creating its panel</source>
        <translation>beim Erzeugen seines Panels ist ein Fehler aufgetreten</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="214"/>
        <source>Plugins</source>
        <translation>Plugins</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/main_window.cpp" line="214"/>
        <source>Plugins (%n failed)</source>
        <translation>
            <numerusform>Plugins (%n fehlgeschlagen)</numerusform>
            <numerusform>Plugins (%n fehlgeschlagen)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="227"/>
        <source>Not available in this build yet</source>
        <translation>In diesem Build noch nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="235"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="236"/>
        <source>&amp;New Project…</source>
        <translation>&amp;Neues Projekt…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="238"/>
        <source>&amp;Open Project…</source>
        <translation>Projekt ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="240"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="244"/>
        <source>&amp;Close Project</source>
        <translation>Projekt s&amp;chließen</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="249"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="252"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="254"/>
        <source>&amp;Jobs</source>
        <translation>&amp;Aufträge</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="257"/>
        <source>&amp;Tools</source>
        <translation>&amp;Werkzeuge</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="258"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="261"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="263"/>
        <source>&amp;User Guide</source>
        <translation>Benutzer&amp;handbuch</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="266"/>
        <source>&amp;Glossary</source>
        <translation>&amp;Glossar</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="269"/>
        <source>&amp;Plugins</source>
        <translation>&amp;Plugins</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="272"/>
        <source>&amp;About AdaptLab</source>
        <translation>Ü&amp;ber AdaptLab</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="289"/>
        <source>Device: not configured</source>
        <translation>Gerät: nicht eingerichtet</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="295"/>
        <source>Device: %1</source>
        <translation>Gerät: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="297"/>
        <source>CUDA devices visible: %1</source>
        <translation>Sichtbare CUDA-Geräte: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="298"/>
        <source>No CUDA device is visible to this build.</source>
        <translation>Für diesen Build ist kein CUDA-Gerät sichtbar.</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="299"/>
        <source>Torch threads: %1</source>
        <translation>Torch-Threads: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="300"/>
        <source>Cores available to AdaptLab: %1</source>
        <translation>Für AdaptLab verfügbare Kerne: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="304"/>
        <source>%1, %2 kernels</source>
        <comment>BLAS, OpenBLAS core</comment>
        <translation>%1, %2 Kernel</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="306"/>
        <source>%1, %2 GFLOP/s</source>
        <comment>BLAS, measured sgemm speed</comment>
        <translation>%1, %2 GFLOP/s</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="307"/>
        <source>BLAS: %1</source>
        <translation>BLAS: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="310"/>
        <source>Kernels: %1</source>
        <translation>Kernel: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="343"/>
        <source>reference BLAS (slow: install libopenblas0-openmp)</source>
        <translation>Referenz-BLAS (langsam: installieren Sie libopenblas0-openmp)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="345"/>
        <source>unknown BLAS</source>
        <translation>unbekanntes BLAS</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="347"/>
        <source>built into LibTorch</source>
        <translation>in LibTorch eingebaut</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="347"/>
        <source>%1 (built into LibTorch)</source>
        <translation>%1 (in LibTorch eingebaut)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="353"/>
        <source>openmp</source>
        <translation>openmp</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="355"/>
        <source>pthreads</source>
        <translation>pthreads</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="357"/>
        <source>sequential</source>
        <translation>sequenziell</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="359"/>
        <source>1 thread</source>
        <translation>1 Thread</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="359"/>
        <source>%1 threads</source>
        <translation>%1 Threads</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="360"/>
        <source>%1 (%2)</source>
        <comment>BLAS name (threading, threads)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="360"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="430"/>
        <source>Cannot Open Project</source>
        <translation>Projekt kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="431"/>
        <source>The folder %1 could not be opened as an AdaptLab project.</source>
        <translation>Der Ordner %1 konnte nicht als AdaptLab-Projekt geöffnet werden.</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="427"/>
        <source>Cannot Create Project</source>
        <translation>Projekt kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="428"/>
        <source>No project could be created in %1.</source>
        <translation>In %1 konnte kein Projekt angelegt werden.</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="446"/>
        <source>%1

The current project stays open.</source>
        <translation>%1

Das aktuelle Projekt bleibt geöffnet.</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="457"/>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="462"/>
        <source>No project open</source>
        <translation>Kein Projekt geöffnet</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="464"/>
        <source>AdaptLab</source>
        <translation>AdaptLab</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="468"/>
        <source>Project: %1</source>
        <translation>Projekt: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="470"/>
        <source>%1 — AdaptLab</source>
        <translation>%1 — AdaptLab</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="482"/>
        <source>No recent projects</source>
        <translation>Keine zuletzt geöffneten Projekte</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="486"/>
        <source>Clear Menu</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="492"/>
        <source>Choose an Empty Folder for the New Project</source>
        <translation>Leeren Ordner für das neue Projekt wählen</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="500"/>
        <source>Open Project Folder</source>
        <translation>Projektordner öffnen</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="522"/>
        <source>Device policy set to %1.</source>
        <translation>Geräterichtlinie auf %1 gesetzt.</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="524"/>
        <source>Cannot Use This Device</source>
        <translation>Dieses Gerät kann nicht verwendet werden</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="524"/>
        <source>The device policy could not be applied.</source>
        <translation>Die Geräterichtlinie konnte nicht angewendet werden.</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="532"/>
        <source>About AdaptLab</source>
        <translation>Über AdaptLab</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="533"/>
        <source>&lt;h3&gt;AdaptLab %1&lt;/h3&gt;&lt;p&gt;A workbench for turning a general language model into a specialist: inspect corpora, plan a data mixture, continue pre-training or fine-tune, and compare what each run learned.&lt;/p&gt;&lt;p&gt;Torch %2 on %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;AdaptLab %1&lt;/h3&gt;&lt;p&gt;Eine Werkbank, um aus einem allgemeinen Sprachmodell einen Spezialisten zu machen: Korpora untersuchen, eine Datenmischung planen, das Vortraining fortsetzen oder feintunen und vergleichen, was jeder Lauf gelernt hat.&lt;/p&gt;&lt;p&gt;Torch %2 auf %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="620"/>
        <source>Runs are still going</source>
        <translation>Läufe sind noch aktiv</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/main_window.cpp" line="621"/>
        <source>%n run(s) of this project are still going.</source>
        <translation>
            <numerusform>%n Lauf dieses Projekts ist noch aktiv.</numerusform>
            <numerusform>%n Läufe dieses Projekts sind noch aktiv.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="623"/>
        <source>They can keep running without the window: when you open the project again, the Jobs dock shows their progress and results. Or stop them now; each gets its grace period to save its work.</source>
        <translation>Sie können ohne das Fenster weiterlaufen: Wenn Sie das Projekt wieder öffnen, zeigt die Leiste „Aufträge“ ihren Fortschritt und ihre Ergebnisse. Oder halten Sie sie jetzt an; jeder erhält seine Karenzzeit, um seine Arbeit zu speichern.</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="626"/>
        <source>Keep them running</source>
        <translation>Weiterlaufen lassen</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="628"/>
        <source>Stop them</source>
        <translation>Anhalten</translation>
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
        <source>Passed to every job started from now on that runs a model (training, evaluation); running jobs keep their device. Corpus jobs and tokenizer training always run on the CPU.</source>
        <translation>Wird an jeden ab jetzt gestarteten Auftrag übergeben, der ein Modell ausführt (Training, Bewertung); laufende Aufträge behalten ihr Gerät. Korpusaufträge und Tokenizer-Training laufen immer auf der CPU.</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.cpp" line="48"/>
        <source>No CUDA device is visible to this build of AdaptLab, so CUDA cannot be chosen. Passed to every job started from now on that runs a model; corpus jobs and tokenizer training always run on the CPU.</source>
        <translation>Für diesen Build von AdaptLab ist kein CUDA-Gerät sichtbar, daher kann CUDA nicht gewählt werden. Wird an jeden ab jetzt gestarteten Auftrag übergeben, der ein Modell ausführt; Korpusaufträge und Tokenizer-Training laufen immer auf der CPU.</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.cpp" line="53"/>
        <source>Run models on:</source>
        <translation>Modelle ausführen auf:</translation>
    </message>
</context>
<context>
    <name>adaptlab::gui::StepPage</name>
    <message>
        <location filename="../app/gui/step_page.cpp" line="16"/>
        <source>&lt;p&gt;Nothing to do here yet. Meanwhile, bring your corpora in (Data), clean and deduplicate them (Inspect), and train or import a tokenizer and turn your datasets into token shards (Tokenizer): training will read them without tokenizing again.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Hier gibt es noch nichts zu tun. Bringen Sie inzwischen Ihre Korpora ein (Daten), bereinigen und deduplizieren Sie sie (Untersuchen) und trainieren oder importieren Sie einen Tokenizer und machen Sie aus Ihren Datensätzen Token-Shards (Tokenizer): Das Training liest sie dann, ohne erneut zu tokenisieren.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/step_page.cpp" line="20"/>
        <source>&lt;p&gt;Nothing to do here yet. The Tokenizer step already measures how well a tokenizer fits each dataset (fertility, byte fallback and the words that cost the most tokens).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Hier gibt es noch nichts zu tun. Der Schritt Tokenizer misst bereits, wie gut ein Tokenizer zu jedem Datensatz passt (Fertilität, Byte-Fallback und die Wörter, die die meisten Tokens kosten).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/step_page.cpp" line="23"/>
        <source>&lt;p&gt;Nothing to do here yet. The Project step lists every run with its status, and each run&apos;s folder (&lt;code&gt;runs/&amp;lt;number&amp;gt;/&lt;/code&gt; in the project) keeps its settings, log and results.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Hier gibt es noch nichts zu tun. Der Schritt „Projekt“ listet jeden Lauf mit seinem Status auf, und der Ordner jedes Laufs (&lt;code&gt;runs/&amp;lt;Nummer&amp;gt;/&lt;/code&gt; im Projekt) enthält seine Einstellungen, sein Protokoll und seine Ergebnisse.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/step_page.cpp" line="36"/>
        <source>Help: &lt;a href=&quot;%1&quot;&gt;what this step is for&lt;/a&gt; · &lt;a href=&quot;%2&quot;&gt;glossary&lt;/a&gt;</source>
        <translation>Hilfe: &lt;a href=&quot;%1&quot;&gt;wozu dieser Schritt dient&lt;/a&gt; · &lt;a href=&quot;%2&quot;&gt;Glossar&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/step_page.cpp" line="40"/>
        <source>&lt;b&gt;Not in AdaptLab yet.&lt;/b&gt; The panel for this step is still being built and comes with a later version.</source>
        <translation>&lt;b&gt;Noch nicht in AdaptLab.&lt;/b&gt; Das Panel für diesen Schritt wird noch entwickelt und kommt mit einer späteren Version.</translation>
    </message>
    <message>
        <location filename="../app/gui/step_page.cpp" line="47"/>
        <source>What you can do today</source>
        <translation>Was Sie heute schon tun können</translation>
    </message>
</context>
<context>
    <name>adaptlab::mixture::ClustersScatter</name>
    <message>
        <location filename="../plugins/mixture/clusters_scatter.cpp" line="17"/>
        <source>Each document at its place on the two directions in which the embeddings vary most; documents close together read alike to the model. Click a point to select its cluster.</source>
        <translation>Jedes Dokument an seiner Stelle auf den beiden Richtungen, in denen die Einbettungen am stärksten variieren; nah beieinanderliegende Dokumente lesen sich für das Modell ähnlich. Klicken Sie auf einen Punkt, um seinen Cluster auszuwählen.</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/clusters_scatter.cpp" line="76"/>
        <source>first principal component (%1% of the variance)</source>
        <translation>erste Hauptkomponente (%1 % der Varianz)</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/clusters_scatter.cpp" line="81"/>
        <source>second (%1%)</source>
        <translation>zweite (%1 %)</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/clusters_scatter.cpp" line="84"/>
        <source>No clusters yet</source>
        <translation>Noch keine Cluster</translation>
    </message>
</context>
<context>
    <name>adaptlab::mixture::ClustersTab</name>
    <message>
        <location filename="../plugins/mixture/clusters_tab.cpp" line="59"/>
        <source>Train run %1 (%2)</source>
        <translation>Trainingslauf %1 (%2)</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/clusters_tab.cpp" line="69"/>
        <source>Run %1: %2, k = %3</source>
        <translation>Lauf %1: %2, k = %3</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/clusters_tab.cpp" line="90"/>
        <source>Finds the domains hidden in a dataset: a model of the project turns every document into a vector (the mean of its last hidden states) and k-means groups the documents it reads alike. Check the clusters you want and save them as datasets, which can be tokenized and become sources of a mixture plan.</source>
        <translation>Findet die in einem Datensatz verborgenen Domänen: Ein Modell des Projekts macht aus jedem Dokument einen Vektor (den Mittelwert seiner letzten verborgenen Zustände), und k-Means gruppiert die Dokumente, die es ähnlich liest. Haken Sie die gewünschten Cluster an und speichern Sie sie als Datensätze; diese lassen sich tokenisieren und werden zu Quellen eines Mischungsplans.</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/clusters_tab.cpp" line="101"/>
        <source>Dataset:</source>
        <translation>Datensatz:</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/clusters_tab.cpp" line="107"/>
        <source>A train run&apos;s model, or any Hugging Face Llama folder (type its path or browse).</source>
        <translation>Das Modell eines Trainingslaufs oder ein beliebiger Hugging-Face-Llama-Ordner (Pfad eingeben oder durchsuchen).</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/clusters_tab.cpp" line="108"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/clusters_tab.cpp" line="111"/>
        <source>Model:</source>
        <translation>Modell:</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/clusters_tab.cpp" line="117"/>
        <source>How many clusters k-means makes.</source>
        <translation>Wie viele Cluster k-Means bildet.</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/clusters_tab.cpp" line="122"/>
        <source>How many documents are clustered: the first ones of the dataset.</source>
        <translation>Wie viele Dokumente geclustert werden: die ersten des Datensatzes.</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/clusters_tab.cpp" line="123"/>
        <source>Clusters (k):</source>
        <translation>Cluster (k):</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/clusters_tab.cpp" line="126"/>
        <source>Documents (the first):</source>
        <translation>Dokumente (die ersten):</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/clusters_tab.cpp" line="129"/>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/clusters_tab.cpp" line="131"/>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/clusters_tab.cpp" line="151"/>
        <source>Result:</source>
        <translation>Ergebnis:</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/clusters_tab.cpp" line="173"/>
        <source>Select a cluster to read example documents (those nearest its centre).</source>
        <translation>Wählen Sie einen Cluster aus, um Beispieldokumente zu lesen (die seinem Zentrum am nächsten liegen).</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/clusters_tab.cpp" line="180"/>
        <source>New datasets&apos; name prefix:</source>
        <translation>Namenspräfix der neuen Datensätze:</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/clusters_tab.cpp" line="183"/>
        <source>Cluster 3 becomes the dataset PREFIX-3.</source>
        <translation>Cluster 3 wird zum Datensatz PRÄFIX-3.</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/clusters_tab.cpp" line="185"/>
        <source>Save as datasets</source>
        <translation>Als Datensätze speichern</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/clusters_tab.cpp" line="187"/>
        <source>Writes each checked cluster&apos;s documents as a new dataset of the project.</source>
        <translation>Schreibt die Dokumente jedes angehakten Clusters als neuen Datensatz des Projekts.</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/clusters_tab.cpp" line="198"/>
        <source>Model folder</source>
        <translation>Modellordner</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/clusters_tab.cpp" line="248"/>
        <source>The project could not be read: %1</source>
        <translation>Das Projekt konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/clusters_tab.cpp" line="280"/>
        <source>A cluster run is already going.</source>
        <translation>Es läuft bereits ein Clustering-Lauf.</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/clusters_tab.cpp" line="299"/>
        <source>Not started: %1</source>
        <translation>Nicht gestartet: %1</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/clusters_tab.cpp" line="304"/>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/clusters_tab.cpp" line="309"/>
        <source>Reading documents…</source>
        <translation>Dokumente werden gelesen…</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/clusters_tab.cpp" line="311"/>
        <source>Tokenizing…</source>
        <translation>Wird tokenisiert…</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/clusters_tab.cpp" line="313"/>
        <source>Embedding %1 of %2 documents…</source>
        <translation>%1 von %2 Dokumenten werden eingebettet…</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/clusters_tab.cpp" line="315"/>
        <source>Clustering…</source>
        <translation>Wird geclustert…</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/clusters_tab.cpp" line="321"/>
        <source>Clustered.</source>
        <translation>Geclustert.</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/clusters_tab.cpp" line="325"/>
        <source>Stopped.</source>
        <translation>Angehalten.</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/clusters_tab.cpp" line="327"/>
        <source>The cluster run failed: %1</source>
        <translation>Der Clustering-Lauf ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/clusters_tab.cpp" line="348"/>
        <location filename="../plugins/mixture/clusters_tab.cpp" line="358"/>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../plugins/mixture/clusters_tab.cpp" line="352"/>
        <source>Saving %n cluster(s) as datasets…</source>
        <translation>
            <numerusform>%n Cluster wird als Datensatz gespeichert…</numerusform>
            <numerusform>%n Cluster werden als Datensätze gespeichert…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../plugins/mixture/clusters_tab.cpp" line="355"/>
        <source>Saved. The new datasets are in the Data step and can be tokenized into shards.</source>
        <translation>Gespeichert. Die neuen Datensätze stehen im Schritt „Daten“ und können zu Shards tokenisiert werden.</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/clusters_tab.cpp" line="373"/>
        <source>The clusters could not be read: %1</source>
        <translation>Die Cluster konnten nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../plugins/mixture/clusters_tab.cpp" line="400"/>
        <source>Cluster %1: %n document(s)</source>
        <translation>
            <numerusform>Cluster %1: %n Dokument</numerusform>
            <numerusform>Cluster %1: %n Dokumente</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>adaptlab::mixture::ClustersTableModel</name>
    <message>
        <location filename="../plugins/mixture/clusters_table_model.cpp" line="92"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/clusters_table_model.cpp" line="93"/>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/clusters_table_model.cpp" line="94"/>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/clusters_table_model.cpp" line="95"/>
        <source>Top words</source>
        <translation>Typische Wörter</translation>
    </message>
</context>
<context>
    <name>adaptlab::mixture::LawsTab</name>
    <message>
        <location filename="../plugins/mixture/laws_tab.cpp" line="63"/>
        <source>Small pilot runs at a few domain shares show how the domain loss falls and the general loss rises as more of the training data comes from your domain. A scaling law fitted to them predicts the share that learns the domain without losing more general ability than you allow.</source>
        <translation>Kleine Pilotläufe bei einigen Domänenanteilen zeigen, wie der Domänenverlust sinkt und der allgemeine Verlust steigt, je mehr der Trainingsdaten aus Ihrer Domäne stammen. Ein daran angepasstes Skalierungsgesetz sagt den Anteil vorher, der die Domäne lernt, ohne mehr allgemeine Fähigkeiten zu verlieren, als Sie zulassen.</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/laws_tab.cpp" line="69"/>
        <source>&lt;a href=&quot;adaptlab-help:glossary#scaling-law&quot;&gt;scaling laws&lt;/a&gt; · &lt;a href=&quot;adaptlab-help:glossary#replay&quot;&gt;replay&lt;/a&gt; · &lt;a href=&quot;adaptlab-help:guide#mixture&quot;&gt;the Mixture step in the guide&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;adaptlab-help:glossary#scaling-law&quot;&gt;Skalierungsgesetze&lt;/a&gt; · &lt;a href=&quot;adaptlab-help:glossary#replay&quot;&gt;Replay&lt;/a&gt; · &lt;a href=&quot;adaptlab-help:guide#mixture&quot;&gt;der Schritt „Mischung“ in der Anleitung&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/laws_tab.cpp" line="77"/>
        <source>Pilot runs</source>
        <translation>Pilotläufe</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/laws_tab.cpp" line="83"/>
        <source>the base model&apos;s own</source>
        <translation>der des Basismodells</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/laws_tab.cpp" line="88"/>
        <source>Domain data</source>
        <translation>Domänendaten</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/laws_tab.cpp" line="89"/>
        <source>General data</source>
        <translation>Allgemeine Daten</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/laws_tab.cpp" line="90"/>
        <source>Base model</source>
        <translation>Basismodell</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/laws_tab.cpp" line="91"/>
        <source>Tokenizer</source>
        <translation>Tokenizer</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/laws_tab.cpp" line="92"/>
        <source>Domain shares</source>
        <translation>Domänenanteile</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/laws_tab.cpp" line="93"/>
        <source>Steps per pilot</source>
        <translation>Schritte pro Pilotlauf</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/laws_tab.cpp" line="94"/>
        <source>Launch pilot runs</source>
        <translation>Pilotläufe starten</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/laws_tab.cpp" line="97"/>
        <source>Domain share</source>
        <translation>Domänenanteil</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/laws_tab.cpp" line="97"/>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/laws_tab.cpp" line="97"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/laws_tab.cpp" line="105"/>
        <source>Fit</source>
        <translation>Anpassung</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/laws_tab.cpp" line="108"/>
        <source>CMR: critical mixture ratio (Gu et al. 2024)</source>
        <translation>CMR: kritisches Mischungsverhältnis (Gu et al. 2024)</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/laws_tab.cpp" line="109"/>
        <source>D-CPT: loss by share and tokens (Que et al. 2024)</source>
        <translation>D-CPT: Verlust nach Anteil und Tokens (Que et al. 2024)</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/laws_tab.cpp" line="122"/>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/laws_tab.cpp" line="123"/>
        <source>Law</source>
        <translation>Gesetz</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/laws_tab.cpp" line="124"/>
        <source>General loss may rise (D-CPT)</source>
        <translation>Zulässiger Anstieg des allgemeinen Verlusts (D-CPT)</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/laws_tab.cpp" line="125"/>
        <source>General loss may rise by (CMR)</source>
        <translation>Allgemeiner Verlust darf steigen um (CMR)</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/laws_tab.cpp" line="126"/>
        <source>Domain tokens you have (D-CPT)</source>
        <translation>Vorhandene Domänen-Tokens (D-CPT)</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/laws_tab.cpp" line="128"/>
        <source>Fit the pilot runs</source>
        <translation>An die Pilotläufe anpassen</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/laws_tab.cpp" line="129"/>
        <source>Fit from a CSV…</source>
        <translation>Aus einer CSV-Datei anpassen…</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/laws_tab.cpp" line="141"/>
        <location filename="../plugins/mixture/laws_tab.cpp" line="143"/>
        <source>domain share</source>
        <translation>Domänenanteil</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/laws_tab.cpp" line="141"/>
        <source>domain loss</source>
        <translation>Domänenverlust</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/laws_tab.cpp" line="143"/>
        <source>general loss</source>
        <translation>allgemeiner Verlust</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/laws_tab.cpp" line="154"/>
        <source>Make a plan</source>
        <translation>Plan erstellen</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/laws_tab.cpp" line="175"/>
        <source>Points to fit</source>
        <translation>Anzupassende Punkte</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/laws_tab.cpp" line="176"/>
        <source>Points (*.csv);;All files (*)</source>
        <translation>Punkte (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/laws_tab.cpp" line="242"/>
        <source>Cannot read the project: %1</source>
        <translation>Das Projekt kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/laws_tab.cpp" line="298"/>
        <source>Domain shares: &quot;%1&quot; is not a number</source>
        <translation>Domänenanteile: „%1“ ist keine Zahl</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/laws_tab.cpp" line="306"/>
        <source>Choose the domain data and the general data (datasets of the project).</source>
        <translation>Wählen Sie die Domänendaten und die allgemeinen Daten (Datensätze des Projekts).</translation>
    </message>
    <message numerus="yes">
        <location filename="../plugins/mixture/laws_tab.cpp" line="368"/>
        <source>%n pilot run(s) started; the fit follows when they are done.</source>
        <translation>
            <numerusform>%n Pilotlauf gestartet; die Anpassung folgt, wenn er fertig ist.</numerusform>
            <numerusform>%n Pilotläufe gestartet; die Anpassung folgt, wenn sie fertig sind.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../plugins/mixture/laws_tab.cpp" line="369"/>
        <source>Some pilot runs were refused: %1</source>
        <translation>Einige Pilotläufe wurden abgelehnt: %1</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/laws_tab.cpp" line="385"/>
        <source>The pilot grid was not saved: %1</source>
        <translation>Das Pilotraster wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/laws_tab.cpp" line="392"/>
        <source>Fitting…</source>
        <translation>Wird angepasst…</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/laws_tab.cpp" line="402"/>
        <source>No pilot runs yet: launch them first, or fit points from a CSV file.</source>
        <translation>Noch keine Pilotläufe: Starten Sie sie zuerst oder passen Sie Punkte aus einer CSV-Datei an.</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/laws_tab.cpp" line="436"/>
        <source>The fit failed: %1</source>
        <translation>Die Anpassung ist fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../plugins/mixture/laws_tab.cpp" line="442"/>
        <source>Fitted %1 to %n point(s) of %2.</source>
        <translation>
            <numerusform>%1 an %n Punkt von %2 angepasst.</numerusform>
            <numerusform>%1 an %n Punkte von %2 angepasst.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../plugins/mixture/laws_tab.cpp" line="449"/>
        <source>Domain loss</source>
        <translation>Domänenverlust</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/laws_tab.cpp" line="449"/>
        <source>General loss</source>
        <translation>Allgemeiner Verlust</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/laws_tab.cpp" line="450"/>
        <source>%1: R² %2, Huber %3%4</source>
        <translation>%1: R² %2, Huber %3%4</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/laws_tab.cpp" line="452"/>
        <source> (poor fit)</source>
        <translation> (schlechte Anpassung)</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/laws_tab.cpp" line="454"/>
        <source>Not fitted.</source>
        <translation>Nicht angepasst.</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/laws_tab.cpp" line="460"/>
        <source>Not recommended:</source>
        <translation>Nicht empfohlen:</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/laws_tab.cpp" line="466"/>
        <source>Critical mixture ratio: the largest domain share whose general loss stays within %1 of the base model&apos;s (%2)</source>
        <translation>Kritisches Mischungsverhältnis: der größte Domänenanteil, dessen allgemeiner Verlust innerhalb von %1 des Verlusts des Basismodells bleibt (%2)</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/laws_tab.cpp" line="469"/>
        <source>Critical mixture ratio: the largest domain share whose general loss stays within %1 of the base model&apos;s</source>
        <translation>Kritisches Mischungsverhältnis: der größte Domänenanteil, dessen allgemeiner Verlust innerhalb von %1 des Verlusts des Basismodells bleibt</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/laws_tab.cpp" line="475"/>
        <source>The largest domain share whose general loss rises at most %1%</source>
        <translation>Der größte Domänenanteil, dessen allgemeiner Verlust um höchstens %1 % steigt</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/laws_tab.cpp" line="477"/>
        <source>The domain share that learns most from the domain tokens you have</source>
        <translation>Der Domänenanteil, der aus Ihren vorhandenen Domänen-Tokens am meisten lernt</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/laws_tab.cpp" line="483"/>
        <source>refused (see below)</source>
        <translation>abgelehnt (siehe unten)</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/laws_tab.cpp" line="526"/>
        <source>pilot points</source>
        <translation>Pilotpunkte</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/laws_tab.cpp" line="536"/>
        <source>fitted law</source>
        <translation>angepasstes Gesetz</translation>
    </message>
</context>
<context>
    <name>adaptlab::mixture::MixturePanel</name>
    <message>
        <location filename="../plugins/mixture/mixture_panel.cpp" line="45"/>
        <source>Mixture</source>
        <translation>Mischung</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/mixture_panel.cpp" line="46"/>
        <source>Decide what a run trains on before you start it: how much of each source, for how many tokens, how much general data to replay so the model keeps what it knew, and whether to upsample the domain at the end or condition on metadata. The plan shows at once how often each source is repeated and when it runs out.</source>
        <translation>Legen Sie fest, worauf ein Lauf trainiert, bevor Sie ihn starten: wie viel von jeder Quelle, für wie viele Tokens, wie viele allgemeine Daten per Replay beigemischt werden, damit das Modell behält, was es wusste, und ob die Domäne am Ende hochgewichtet (Upsampling) oder auf Metadaten konditioniert wird. Der Plan zeigt sofort, wie oft jede Quelle wiederholt wird und wann sie erschöpft ist.</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/mixture_panel.cpp" line="51"/>
        <source>&lt;a href=&quot;adaptlab-help:guide#mixture&quot;&gt;The Mixture step in the guide&lt;/a&gt; · &lt;a href=&quot;adaptlab-help:glossary#replay&quot;&gt;replay&lt;/a&gt; · &lt;a href=&quot;adaptlab-help:glossary#upsampling&quot;&gt;upsampling&lt;/a&gt; · &lt;a href=&quot;adaptlab-help:glossary#epoch&quot;&gt;epochs&lt;/a&gt; · &lt;a href=&quot;adaptlab-help:glossary#meco&quot;&gt;MeCo&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;adaptlab-help:guide#mixture&quot;&gt;Der Schritt „Mischung“ in der Anleitung&lt;/a&gt; · &lt;a href=&quot;adaptlab-help:glossary#replay&quot;&gt;Replay&lt;/a&gt; · &lt;a href=&quot;adaptlab-help:glossary#upsampling&quot;&gt;Upsampling&lt;/a&gt; · &lt;a href=&quot;adaptlab-help:glossary#epoch&quot;&gt;Epochen&lt;/a&gt; · &lt;a href=&quot;adaptlab-help:glossary#meco&quot;&gt;MeCo&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/mixture_panel.cpp" line="59"/>
        <source>Open or create a project (File menu) to plan a mixture in it.</source>
        <translation>Öffnen oder erstellen Sie ein Projekt (Menü „Datei“), um darin eine Mischung zu planen.</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/mixture_panel.cpp" line="65"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/mixture_panel.cpp" line="66"/>
        <source>The sources, their weights and the budget of a run, and what they imply.</source>
        <translation>Die Quellen, ihre Gewichte und das Budget eines Laufs – und was daraus folgt.</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/mixture_panel.cpp" line="70"/>
        <source>Scaling laws</source>
        <translation>Skalierungsgesetze</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/mixture_panel.cpp" line="80"/>
        <source>Clusters</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/mixture_panel.cpp" line="190"/>
        <source>The project store could not be read: %1</source>
        <translation>Der Projektspeicher konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>adaptlab::mixture::PlanEditor</name>
    <message>
        <location filename="../plugins/mixture/plan_editor.cpp" line="42"/>
        <source>untitled</source>
        <translation>unbenannt</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_editor.cpp" line="51"/>
        <source>A plan says what a run trains on: which sources, in what proportions, for how many tokens, with how much general data &lt;a href=&quot;adaptlab-help:glossary#replay&quot;&gt;replayed&lt;/a&gt;, optional end-of-training &lt;a href=&quot;adaptlab-help:glossary#upsampling&quot;&gt;upsampling&lt;/a&gt; of the domain and &lt;a href=&quot;adaptlab-help:glossary#meco&quot;&gt;MeCo&lt;/a&gt;. The right side shows what it implies as you edit: tokens and &lt;a href=&quot;adaptlab-help:glossary#epoch&quot;&gt;epochs&lt;/a&gt; per source, which sources run out, and the mix over training.</source>
        <translation>Ein Plan legt fest, worauf ein Lauf trainiert: welche Quellen, in welchen Anteilen, für wie viele Tokens, mit wie vielen allgemeinen Daten als &lt;a href=&quot;adaptlab-help:glossary#replay&quot;&gt;Replay&lt;/a&gt;, optionalem &lt;a href=&quot;adaptlab-help:glossary#upsampling&quot;&gt;Upsampling&lt;/a&gt; der Domäne am Trainingsende und &lt;a href=&quot;adaptlab-help:glossary#meco&quot;&gt;MeCo&lt;/a&gt;. Die rechte Seite zeigt schon während der Bearbeitung, was daraus folgt: Tokens und &lt;a href=&quot;adaptlab-help:glossary#epoch&quot;&gt;Epochen&lt;/a&gt; pro Quelle, welche Quellen erschöpft sind und die Mischung über das Training.</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_editor.cpp" line="66"/>
        <source>The project&apos;s plans (plans/&lt;name&gt;.json in the project folder).</source>
        <translation>Die Pläne des Projekts (plans/&lt;name&gt;.json im Projektordner).</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_editor.cpp" line="67"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_editor.cpp" line="69"/>
        <source>Start a new plan from the project&apos;s token shards.</source>
        <translation>Einen neuen Plan aus den Token-Shards des Projekts beginnen.</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_editor.cpp" line="70"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_editor.cpp" line="72"/>
        <source>Save the plan in the project (plans/&lt;name&gt;.json); runs name the file.</source>
        <translation>Den Plan im Projekt speichern (plans/&lt;name&gt;.json); Läufe verweisen auf die Datei.</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_editor.cpp" line="73"/>
        <source>Save as…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_editor.cpp" line="75"/>
        <source>Save the plan under another name.</source>
        <translation>Den Plan unter einem anderen Namen speichern.</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_editor.cpp" line="76"/>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_editor.cpp" line="78"/>
        <source>Delete the plan&apos;s file from the project (runs that used it keep their own copy of its settings).</source>
        <translation>Die Datei des Plans aus dem Projekt löschen (Läufe, die ihn verwendet haben, behalten ihre eigene Kopie seiner Einstellungen).</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_editor.cpp" line="79"/>
        <source>Train with this plan…</source>
        <translation>Mit diesem Plan trainieren…</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_editor.cpp" line="81"/>
        <source>Start a training run that reads its sources, mix, budget and MeCo settings from this plan; follow it in the Train step.</source>
        <translation>Einen Trainingslauf starten, der Quellen, Mischung, Budget und MeCo-Einstellungen aus diesem Plan liest; verfolgen Sie ihn im Schritt „Training“.</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_editor.cpp" line="85"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_editor.cpp" line="104"/>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_editor.cpp" line="122"/>
        <source>What the plan implies</source>
        <translation>Was aus dem Plan folgt</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_editor.cpp" line="191"/>
        <source>The unsaved plan was kept as %1.</source>
        <translation>Der nicht gespeicherte Plan wurde als %1 behalten.</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_editor.cpp" line="206"/>
        <source>Each row is a dataset tokenized into shards (the Tokenizer step&apos;s Shards tab). Tick the ones to train on; mark general data as replay.</source>
        <translation>Jede Zeile ist ein zu Shards tokenisierter Datensatz (Reiter „Shards“ im Schritt „Tokenizer“). Haken Sie die an, auf denen trainiert werden soll; markieren Sie allgemeine Daten als Replay.</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_editor.cpp" line="210"/>
        <source>%1 Not tokenized yet, so not listed: %2.</source>
        <translation>%1 Noch nicht tokenisiert und daher nicht aufgeführt: %2.</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_editor.cpp" line="294"/>
        <source>The project has no token shards yet: build them in the Tokenizer step (Shards tab), then tick them here.</source>
        <translation>Das Projekt hat noch keine Token-Shards: Erstellen Sie sie im Schritt „Tokenizer“ (Reiter „Shards“) und haken Sie sie dann hier an.</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_editor.cpp" line="296"/>
        <location filename="../plugins/mixture/plan_editor.cpp" line="569"/>
        <source>Tick at least one source.</source>
        <translation>Haken Sie mindestens eine Quelle an.</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_editor.cpp" line="332"/>
        <source>A proposed plan: check it and save it to train with it.</source>
        <translation>Ein vorgeschlagener Plan: Prüfen Sie ihn und speichern Sie ihn, um damit zu trainieren.</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_editor.cpp" line="340"/>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_editor.cpp" line="350"/>
        <source>%1 could not be opened: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_editor.cpp" line="358"/>
        <source>Opened %1.</source>
        <translation>%1 geöffnet.</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_editor.cpp" line="366"/>
        <location filename="../plugins/mixture/plan_editor.cpp" line="387"/>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_editor.cpp" line="370"/>
        <source>Not saved: open a project first.</source>
        <translation>Nicht gespeichert: Öffnen Sie zuerst ein Projekt.</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_editor.cpp" line="377"/>
        <source>Saving %1…</source>
        <translation>%1 wird gespeichert…</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_editor.cpp" line="397"/>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_editor.cpp" line="415"/>
        <location filename="../plugins/mixture/plan_editor.cpp" line="421"/>
        <location filename="../plugins/mixture/plan_editor.cpp" line="425"/>
        <source>Save plan as</source>
        <translation>Plan speichern unter</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_editor.cpp" line="416"/>
        <source>Name (the file plans/&lt;name&gt;.json in the project):</source>
        <translation>Name (die Datei plans/&lt;name&gt;.json im Projekt):</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_editor.cpp" line="425"/>
        <source>A plan named %1 exists. Replace it?</source>
        <translation>Ein Plan namens %1 existiert bereits. Ersetzen?</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_editor.cpp" line="455"/>
        <source>A new plan from the project&apos;s token shards.</source>
        <translation>Ein neuer Plan aus den Token-Shards des Projekts.</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_editor.cpp" line="470"/>
        <source>Not deleted: %1</source>
        <translation>Nicht gelöscht: %1</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_editor.cpp" line="481"/>
        <source>Deleted %1.</source>
        <translation>%1 gelöscht.</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_editor.cpp" line="491"/>
        <source>Delete plan</source>
        <translation>Plan löschen</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_editor.cpp" line="492"/>
        <source>Delete the plan %1 (plans/%1.json)? Runs that used it keep their settings.</source>
        <translation>Den Plan %1 (plans/%1.json) löschen? Läufe, die ihn verwendet haben, behalten ihre Einstellungen.</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_editor.cpp" line="508"/>
        <source>Unsaved plan</source>
        <translation>Nicht gespeicherter Plan</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_editor.cpp" line="509"/>
        <source>The plan %1 has unsaved changes.</source>
        <translation>Der Plan %1 hat nicht gespeicherte Änderungen.</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_editor.cpp" line="510"/>
        <source>Save them first, or discard them?</source>
        <translation>Zuerst speichern oder verwerfen?</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_editor.cpp" line="557"/>
        <source>%1 has no token shards in this project yet: build them in the Tokenizer step (Shards tab).</source>
        <translation>%1 hat in diesem Projekt noch keine Token-Shards: Erstellen Sie sie im Schritt „Tokenizer“ (Reiter „Shards“).</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_editor.cpp" line="563"/>
        <source>The sources were tokenized with different tokenizers (%1): a run reads one. Tick builds of the same tokenizer.</source>
        <translation>Die Quellen wurden mit verschiedenen Tokenizern tokenisiert (%1): Ein Lauf liest nur einen. Haken Sie Builds desselben Tokenizers an.</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_editor.cpp" line="580"/>
        <source>Not started: save the plan first (a run names the plan&apos;s file).</source>
        <translation>Nicht gestartet: Speichern Sie zuerst den Plan (ein Lauf verweist auf die Datei des Plans).</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_editor.cpp" line="584"/>
        <source>Not started: choose a base model.</source>
        <translation>Nicht gestartet: Wählen Sie ein Basismodell.</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_editor.cpp" line="590"/>
        <location filename="../plugins/mixture/plan_editor.cpp" line="599"/>
        <location filename="../plugins/mixture/plan_editor.cpp" line="610"/>
        <location filename="../plugins/mixture/plan_editor.cpp" line="631"/>
        <source>Not started: %1</source>
        <translation>Nicht gestartet: %1</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_editor.cpp" line="602"/>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_editor.cpp" line="604"/>
        <source>Run %1 started with this plan: follow it in the Train step (Run tab) or the Jobs dock.</source>
        <translation>Lauf %1 wurde mit diesem Plan gestartet: Verfolgen Sie ihn im Schritt „Training“ (Reiter „Lauf“) oder in der Leiste „Aufträge“.</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_editor.cpp" line="621"/>
        <source>Train with this plan</source>
        <translation>Mit diesem Plan trainieren</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_editor.cpp" line="622"/>
        <source>A run names the plan&apos;s file: save the plan now?</source>
        <translation>Ein Lauf verweist auf die Datei des Plans: Den Plan jetzt speichern?</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_editor.cpp" line="637"/>
        <source>The run reads its sources, their mix, the budget and the MeCo settings from plans/%1.json: %2 steps of %3 tokens (%4 tokens), tokenizer %5. Choose the model to train.</source>
        <translation>Der Lauf liest seine Quellen, ihre Mischung, das Budget und die MeCo-Einstellungen aus plans/%1.json: %2 Schritte zu je %3 Tokens (%4 Tokens), Tokenizer %5. Wählen Sie das zu trainierende Modell.</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_editor.cpp" line="663"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — unsaved changes</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_editor.cpp" line="663"/>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_editor.cpp" line="667"/>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
</context>
<context>
    <name>adaptlab::mixture::PlanImplicationView</name>
    <message>
        <location filename="../plugins/mixture/plan_implication_view.cpp" line="39"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_implication_view.cpp" line="39"/>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_implication_view.cpp" line="39"/>
        <source>Trained on</source>
        <translation>Trainiert</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_implication_view.cpp" line="39"/>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_implication_view.cpp" line="39"/>
        <source>Epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_implication_view.cpp" line="40"/>
        <source>Runs out at</source>
        <translation>Erschöpft bei</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_implication_view.cpp" line="40"/>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_implication_view.cpp" line="41"/>
        <source>Training tokens the source has.</source>
        <translation>Trainings-Tokens, die die Quelle hat.</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_implication_view.cpp" line="42"/>
        <source>Tokens the plan trains on from it.</source>
        <translation>Tokens, auf denen der Plan aus dieser Quelle trainiert.</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_implication_view.cpp" line="43"/>
        <source>Its share of the whole budget.</source>
        <translation>Ihr Anteil am gesamten Budget.</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_implication_view.cpp" line="45"/>
        <source>How many times the run reads the source: above 4, repeated data stops helping (Muennighoff et al. 2023).</source>
        <translation>Wie oft der Lauf die Quelle liest: Über 4 helfen wiederholte Daten nicht mehr (Muennighoff et al. 2023).</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_implication_view.cpp" line="47"/>
        <source>Where in the run its first pass ends; after that its documents repeat.</source>
        <translation>Wo im Lauf ihr erster Durchgang endet; danach wiederholen sich ihre Dokumente.</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_implication_view.cpp" line="63"/>
        <source>The mix over training progress</source>
        <translation>Die Mischung über den Trainingsfortschritt</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_implication_view.cpp" line="78"/>
        <source>Working out what the plan implies…</source>
        <translation>Wird berechnet, was aus dem Plan folgt…</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_implication_view.cpp" line="86"/>
        <source>The plan cannot be worked out yet.</source>
        <translation>Der Plan kann noch nicht berechnet werden.</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_implication_view.cpp" line="97"/>
        <source>%1 steps of %2 tokens: %3 tokens in all.</source>
        <translation>%1 Schritte zu je %2 Tokens: insgesamt %3 Tokens.</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_implication_view.cpp" line="112"/>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_implication_view.cpp" line="122"/>
        <source>Above %1 epochs: repeated data stops helping (Muennighoff et al. 2023).</source>
        <translation>Über %1 Epochen: Wiederholte Daten helfen nicht mehr (Muennighoff et al. 2023).</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_implication_view.cpp" line="128"/>
        <source>%1% of training</source>
        <translation>%1 % des Trainings</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_implication_view.cpp" line="128"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_implication_view.cpp" line="140"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_implication_view.cpp" line="149"/>
        <source>The MeCo cooldown gets no steps at this budget: add steps or raise the cooldown fraction.</source>
        <translation>Der MeCo-Cooldown erhält bei diesem Budget keine Schritte: Fügen Sie Schritte hinzu oder erhöhen Sie den Cooldown-Anteil.</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_implication_view.cpp" line="153"/>
        <source>Upsampling gets no steps at this budget: add steps or start it earlier.</source>
        <translation>Das Upsampling erhält bei diesem Budget keine Schritte: Fügen Sie Schritte hinzu oder beginnen Sie es früher.</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_implication_view.cpp" line="163"/>
        <source>The plan:</source>
        <translation>Der Plan:</translation>
    </message>
</context>
<context>
    <name>adaptlab::mixture::PlanMixChart</name>
    <message>
        <location filename="../plugins/mixture/plan_mix_chart.cpp" line="27"/>
        <source>The mix over training: each band is one source&apos;s share of the rows at that point of the run.</source>
        <translation>Die Mischung über das Training: Jedes Band ist der Anteil einer Quelle an den Zeilen an dieser Stelle des Laufs.</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_mix_chart.cpp" line="56"/>
        <source>%1–%2% of training: end-of-training upsampling</source>
        <translation>%1–%2 % des Trainings: Upsampling am Trainingsende</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_mix_chart.cpp" line="57"/>
        <source>%1–%2% of training</source>
        <translation>%1–%2 % des Trainings</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_mix_chart.cpp" line="59"/>
        <source>%1: %2%</source>
        <translation>%1: %2 %</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_mix_chart.cpp" line="76"/>
        <source>Tick at least one source to see the mix over training.</source>
        <translation>Haken Sie mindestens eine Quelle an, um die Mischung über das Training zu sehen.</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_mix_chart.cpp" line="107"/>
        <location filename="../plugins/mixture/plan_mix_chart.cpp" line="109"/>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_mix_chart.cpp" line="125"/>
        <source>upsampling from %1%</source>
        <translation>Upsampling ab %1 %</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_mix_chart.cpp" line="127"/>
        <source>MeCo cooldown from %1%</source>
        <translation>MeCo-Cooldown ab %1 %</translation>
    </message>
</context>
<context>
    <name>adaptlab::mixture::PlanSettings</name>
    <message>
        <location filename="../plugins/mixture/plan_settings.cpp" line="48"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_settings.cpp" line="56"/>
        <source>Tokens the run trains on, all sources together (each step trains on sequence length × global batch tokens).</source>
        <translation>Tokens, auf denen der Lauf trainiert, alle Quellen zusammen (jeder Schritt trainiert auf Sequenzlänge × globaler Batch Tokens).</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_settings.cpp" line="58"/>
        <source>Total tokens</source>
        <translation>Tokens insgesamt</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_settings.cpp" line="62"/>
        <source>Tokens per training row; documents are packed into rows of this length.</source>
        <translation>Tokens pro Trainingszeile; Dokumente werden in Zeilen dieser Länge gepackt.</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_settings.cpp" line="63"/>
        <source>Sequence length</source>
        <translation>Sequenzlänge</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_settings.cpp" line="67"/>
        <source>Rows per optimizer step, over all workers.</source>
        <translation>Zeilen pro Optimiererschritt, über alle Worker.</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_settings.cpp" line="68"/>
        <source>Global batch</source>
        <translation>Globaler Batch</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_settings.cpp" line="72"/>
        <source>Seed of the data order: the same plan and seed give every step the same sources.</source>
        <translation>Seed der Datenreihenfolge: Derselbe Plan mit demselben Seed gibt jedem Schritt dieselben Quellen.</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_settings.cpp" line="73"/>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_settings.cpp" line="76"/>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_settings.cpp" line="79"/>
        <source>Replay</source>
        <translation>Replay</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_settings.cpp" line="83"/>
        <source>The replay sources&apos; share of EVERY batch; the domain sources share the rest by weight.</source>
        <translation>Der Anteil der Replay-Quellen an JEDEM Batch; die Domänenquellen teilen sich den Rest nach Gewicht.</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_settings.cpp" line="85"/>
        <source>General data in every batch</source>
        <translation>Allgemeine Daten in jedem Batch</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_settings.cpp" line="87"/>
        <source>5%</source>
        <translation>5 %</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_settings.cpp" line="89"/>
        <source>A weak shift: the domain is close to the model&apos;s general data (e.g. more of the same language).</source>
        <translation>Eine schwache Verschiebung: Die Domäne liegt nahe an den allgemeinen Daten des Modells (z. B. mehr von derselben Sprache).</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_settings.cpp" line="90"/>
        <source>25%</source>
        <translation>25 %</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_settings.cpp" line="92"/>
        <source>A strong shift: a new language or a very different domain.</source>
        <translation>Eine starke Verschiebung: eine neue Sprache oder eine sehr andere Domäne.</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_settings.cpp" line="99"/>
        <source>About 5% for a weak shift, 25% for a strong one (Ibrahim et al. 2024). Tick the general sources as &lt;a href=&quot;adaptlab-help:glossary#replay&quot;&gt;replay&lt;/a&gt; in the table.</source>
        <translation>Etwa 5 % bei einer schwachen Verschiebung, 25 % bei einer starken (Ibrahim et al. 2024). Haken Sie die allgemeinen Quellen in der Tabelle als &lt;a href=&quot;adaptlab-help:glossary#replay&quot;&gt;Replay&lt;/a&gt; an.</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_settings.cpp" line="106"/>
        <source>End-of-training upsampling</source>
        <translation>Upsampling am Trainingsende</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_settings.cpp" line="108"/>
        <source>Upsample the domain at the end of training</source>
        <translation>Die Domäne am Trainingsende hochgewichten (Upsampling)</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_settings.cpp" line="110"/>
        <source>From the start below to the end of the run the sources take their &quot;Weight at the end&quot;; never the whole run.</source>
        <translation>Vom unten angegebenen Beginn bis zum Ende des Laufs erhalten die Quellen ihr „Gewicht am Ende“; nie der ganze Lauf.</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_settings.cpp" line="113"/>
        <source>Progress where upsampling begins; 80–90% is usual (the final 10–20% of steps, Blakeney et al. 2024).</source>
        <translation>Fortschritt, bei dem das Upsampling beginnt; 80–90 % ist üblich (die letzten 10–20 % der Schritte, Blakeney et al. 2024).</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_settings.cpp" line="117"/>
        <source>Starts at</source>
        <translation>Beginnt bei</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_settings.cpp" line="118"/>
        <source>The replay fraction while upsampling; &quot;as before&quot; keeps the plan&apos;s.</source>
        <translation>Der Replay-Anteil während des Upsamplings; „wie zuvor“ behält den des Plans bei.</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_settings.cpp" line="121"/>
        <source>as before</source>
        <translation>wie zuvor</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_settings.cpp" line="122"/>
        <source>Replay then</source>
        <translation>Replay währenddessen</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_settings.cpp" line="123"/>
        <source>&lt;a href=&quot;adaptlab-help:glossary#upsampling&quot;&gt;Upsampling&lt;/a&gt; the domain over the final 10–20% of steps (start at 80–90%) sharpens it without the forgetting of a whole run on domain data.</source>
        <translation>&lt;a href=&quot;adaptlab-help:glossary#upsampling&quot;&gt;Upsampling&lt;/a&gt; der Domäne über die letzten 10–20 % der Schritte (Beginn bei 80–90 %) schärft sie ohne das Vergessen, das ein ganzer Lauf auf Domänendaten verursacht.</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_settings.cpp" line="129"/>
        <source>Metadata conditioning (MeCo)</source>
        <translation>Metadaten-Konditionierung (MeCo)</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_settings.cpp" line="131"/>
        <source>Prefix each document with its metadata, then cool down on plain text</source>
        <translation>Jedem Dokument seine Metadaten voranstellen, dann ein Cooldown auf reinem Text</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_settings.cpp" line="133"/>
        <source>Gao et al. 2025: &quot;URL: host&quot; (or another field) before each document for most of training, plain documents in the cooldown, so the model also works without metadata.</source>
        <translation>Gao et al. 2025: „URL: host“ (oder ein anderes Feld) vor jedem Dokument während des größten Teils des Trainings, reine Dokumente im Cooldown, sodass das Modell auch ohne Metadaten funktioniert.</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_settings.cpp" line="140"/>
        <source>The metadata field the shards were built with: url (its host), or any other field.</source>
        <translation>Das Metadatenfeld, mit dem die Shards erstellt wurden: url (ihr Host) oder ein beliebiges anderes Feld.</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_settings.cpp" line="141"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_settings.cpp" line="144"/>
        <source>The prefix&apos;s label; empty: URL for url, else the field&apos;s name (Source, Topic).</source>
        <translation>Die Bezeichnung des Präfixes; leer: URL für url, sonst der Name des Felds (Source, Topic).</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_settings.cpp" line="145"/>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_settings.cpp" line="146"/>
        <source>Hashed metadata (the paper&apos;s ablation)</source>
        <translation>Gehashte Metadaten (die Ablation des Papers)</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_settings.cpp" line="148"/>
        <source>Replace each value by a stable hash: the grouping is kept, the words are gone.</source>
        <translation>Jeden Wert durch einen stabilen Hash ersetzen: Die Gruppierung bleibt erhalten, die Wörter verschwinden.</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_settings.cpp" line="150"/>
        <source>The last share of the steps trained on plain documents; 10% in the paper, 0 = the no-cooldown ablation.</source>
        <translation>Der letzte Anteil der Schritte, der auf reinen Dokumenten trainiert wird; 10 % im Paper, 0 = die Ablation ohne Cooldown.</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_settings.cpp" line="153"/>
        <source>Cooldown</source>
        <translation>Cooldown</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_settings.cpp" line="154"/>
        <source>See &lt;a href=&quot;adaptlab-help:glossary#meco&quot;&gt;MeCo&lt;/a&gt;.</source>
        <translation>Siehe &lt;a href=&quot;adaptlab-help:glossary#meco&quot;&gt;MeCo&lt;/a&gt;.</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_settings.cpp" line="247"/>
        <source>%1 steps of %2 tokens</source>
        <translation>%1 Schritte zu je %2 Tokens</translation>
    </message>
</context>
<context>
    <name>adaptlab::mixture::PlanSourcesTable</name>
    <message>
        <location filename="../plugins/mixture/plan_sources_table.cpp" line="39"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_sources_table.cpp" line="39"/>
        <source>Tokens available</source>
        <translation>Verfügbare Tokens</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_sources_table.cpp" line="39"/>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_sources_table.cpp" line="39"/>
        <source>Replay</source>
        <translation>Replay</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_sources_table.cpp" line="39"/>
        <source>Weight at the end</source>
        <translation>Gewicht am Ende</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_sources_table.cpp" line="40"/>
        <source>Tokenizer</source>
        <translation>Tokenizer</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_sources_table.cpp" line="41"/>
        <source>Tick the token-shard builds this plan trains on (build them in the Tokenizer step).</source>
        <translation>Haken Sie die Token-Shard-Builds an, auf denen dieser Plan trainiert (erstellen Sie sie im Schritt „Tokenizer“).</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_sources_table.cpp" line="42"/>
        <source>Training tokens in the source&apos;s shards (the held-out split not counted).</source>
        <translation>Trainings-Tokens in den Shards der Quelle (ohne den zurückgehaltenen Anteil).</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_sources_table.cpp" line="44"/>
        <source>Relative share of the rows among the sources of its group: the domain sources share what replay leaves, the replay sources share the replay fraction.</source>
        <translation>Relativer Anteil an den Zeilen unter den Quellen seiner Gruppe: Die Domänenquellen teilen sich, was das Replay übrig lässt, die Replay-Quellen teilen sich den Replay-Anteil.</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_sources_table.cpp" line="47"/>
        <source>General data mixed back into every batch at the replay fraction, so the model keeps what it knew.</source>
        <translation>Allgemeine Daten, die jedem Batch mit dem Replay-Anteil wieder beigemischt werden, damit das Modell behält, was es wusste.</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_sources_table.cpp" line="49"/>
        <source>The source&apos;s weight during end-of-training upsampling (only with upsampling on).</source>
        <translation>Das Gewicht der Quelle während des Upsamplings am Trainingsende (nur bei aktiviertem Upsampling).</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_sources_table.cpp" line="50"/>
        <source>The tokenizer the shards were built with; a run reads one tokenizer.</source>
        <translation>Der Tokenizer, mit dem die Shards erstellt wurden; ein Lauf liest einen einzigen Tokenizer.</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_sources_table.cpp" line="110"/>
        <source>Planned by its token count; no shards yet.</source>
        <translation>Nach seiner Tokenanzahl geplant; noch keine Shards.</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_sources_table.cpp" line="112"/>
        <source>%1 (not a shard build of this project)</source>
        <translation>%1 (kein Shard-Build dieses Projekts)</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_sources_table.cpp" line="117"/>
        <source>from its manifest</source>
        <translation>aus seinem Manifest</translation>
    </message>
</context>
<context>
    <name>adaptlab::mixture::PlanTrainDialog</name>
    <message>
        <location filename="../plugins/mixture/plan_train_dialog.cpp" line="24"/>
        <source>Train with this plan</source>
        <translation>Mit diesem Plan trainieren</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_train_dialog.cpp" line="31"/>
        <source>The model to continue training: a size preset trained from scratch, a checkpoint of an earlier run, or a Hugging Face model folder.</source>
        <translation>Das weiterzutrainierende Modell: eine Größenvoreinstellung, die von Grund auf trainiert wird, ein Checkpoint eines früheren Laufs oder ein Hugging-Face-Modellordner.</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_train_dialog.cpp" line="34"/>
        <source>Preset %1 (from scratch)</source>
        <translation>Voreinstellung %1 (von Grund auf)</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_train_dialog.cpp" line="40"/>
        <source>Folder…</source>
        <translation>Ordner…</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_train_dialog.cpp" line="41"/>
        <source>Choose a Hugging Face model folder (config.json and safetensors).</source>
        <translation>Einen Hugging-Face-Modellordner wählen (config.json und safetensors).</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_train_dialog.cpp" line="43"/>
        <source>Base model folder</source>
        <translation>Ordner des Basismodells</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_train_dialog.cpp" line="51"/>
        <source>Base model</source>
        <translation>Basismodell</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_train_dialog.cpp" line="54"/>
        <source>Start training</source>
        <translation>Training starten</translation>
    </message>
</context>
<context>
    <name>adaptlab::overview::OverviewPanel</name>
    <message>
        <location filename="../plugins/overview/overview_panel.cpp" line="68"/>
        <source>%1 running</source>
        <translation>%1 laufend</translation>
    </message>
    <message>
        <location filename="../plugins/overview/overview_panel.cpp" line="68"/>
        <source>%1 done</source>
        <translation>%1 fertig</translation>
    </message>
    <message>
        <location filename="../plugins/overview/overview_panel.cpp" line="68"/>
        <source>%1 failed</source>
        <translation>%1 fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../plugins/overview/overview_panel.cpp" line="70"/>
        <source>%1 stopped</source>
        <translation>%1 angehalten</translation>
    </message>
    <message>
        <location filename="../plugins/overview/overview_panel.cpp" line="72"/>
        <source>%1 queued</source>
        <translation>%1 wartend</translation>
    </message>
    <message>
        <location filename="../plugins/overview/overview_panel.cpp" line="74"/>
        <source>%1 with a damaged status</source>
        <translation>%1 mit beschädigtem Status</translation>
    </message>
    <message>
        <location filename="../plugins/overview/overview_panel.cpp" line="75"/>
        <source>runs: %1</source>
        <comment>the counts by status</comment>
        <translation>Läufe: %1</translation>
    </message>
    <message>
        <location filename="../plugins/overview/overview_panel.cpp" line="75"/>
        <source>, </source>
        <comment>between the counts by status</comment>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../plugins/overview/overview_panel.cpp" line="84"/>
        <source>Project overview</source>
        <translation>Projektübersicht</translation>
    </message>
    <message>
        <location filename="../plugins/overview/overview_panel.cpp" line="85"/>
        <source>A project is one folder that keeps everything an adaptation needs: the datasets you bring in, the tokenizers and token shards made from them, and every run with its settings, log, checkpoints and metrics. Moving the folder moves the project.</source>
        <translation>Ein Projekt ist ein Ordner, der alles enthält, was eine Anpassung braucht: die Datensätze, die Sie einbringen, die daraus erzeugten Tokenizer und Token-Shards sowie jeden Lauf mit seinen Einstellungen, seinem Protokoll, seinen Checkpoints und Metriken. Wer den Ordner verschiebt, verschiebt das Projekt.</translation>
    </message>
    <message>
        <location filename="../plugins/overview/overview_panel.cpp" line="92"/>
        <source>No project is open</source>
        <translation>Kein Projekt geöffnet</translation>
    </message>
    <message>
        <location filename="../plugins/overview/overview_panel.cpp" line="95"/>
        <source>Create a project with File &gt; New Project… (choose an empty folder), or open an existing one with File &gt; Open Project… or File &gt; Open Recent.</source>
        <translation>Legen Sie mit Datei &gt; Neues Projekt… ein Projekt an (wählen Sie einen leeren Ordner) oder öffnen Sie ein vorhandenes mit Datei &gt; Projekt öffnen… oder Datei &gt; Zuletzt geöffnet.</translation>
    </message>
    <message>
        <location filename="../plugins/overview/overview_panel.cpp" line="118"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../plugins/overview/overview_panel.cpp" line="121"/>
        <source>Read the project store again</source>
        <translation>Den Projektspeicher neu einlesen</translation>
    </message>
    <message>
        <location filename="../plugins/overview/overview_panel.cpp" line="128"/>
        <source>datasets</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <location filename="../plugins/overview/overview_panel.cpp" line="129"/>
        <source>Datasets registered in this project, imported and derived.</source>
        <translation>In diesem Projekt erfasste Datensätze, importierte und abgeleitete.</translation>
    </message>
    <message>
        <location filename="../plugins/overview/overview_panel.cpp" line="132"/>
        <source>runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <location filename="../plugins/overview/overview_panel.cpp" line="133"/>
        <source>Jobs started in this project: tokenizer training, training, evaluation and more.</source>
        <translation>In diesem Projekt gestartete Aufträge: Tokenizer-Training, Training, Bewertung und mehr.</translation>
    </message>
    <message>
        <location filename="../plugins/overview/overview_panel.cpp" line="137"/>
        <source>metric points</source>
        <translation>Messpunkte</translation>
    </message>
    <message>
        <location filename="../plugins/overview/overview_panel.cpp" line="138"/>
        <source>Values recorded by runs, such as loss at each step.</source>
        <translation>Von Läufen aufgezeichnete Werte, etwa der Verlust bei jedem Schritt.</translation>
    </message>
    <message>
        <location filename="../plugins/overview/overview_panel.cpp" line="141"/>
        <source>artifacts</source>
        <translation>Artefakte</translation>
    </message>
    <message>
        <location filename="../plugins/overview/overview_panel.cpp" line="142"/>
        <source>Files runs produced: tokenizers, checkpoints, logs.</source>
        <translation>Von Läufen erzeugte Dateien: Tokenizer, Checkpoints, Protokolle.</translation>
    </message>
    <message>
        <location filename="../plugins/overview/overview_panel.cpp" line="157"/>
        <source>No datasets yet. Bring one in with the Data step.</source>
        <translation>Noch keine Datensätze. Holen Sie einen über den Schritt „Daten“ herein.</translation>
    </message>
    <message>
        <location filename="../plugins/overview/overview_panel.cpp" line="158"/>
        <source>No runs yet. Runs appear here when a job is started, for example training a tokenizer.</source>
        <translation>Noch keine Läufe. Läufe erscheinen hier, sobald ein Auftrag gestartet wird, zum Beispiel das Training eines Tokenizers.</translation>
    </message>
    <message>
        <location filename="../plugins/overview/overview_panel.cpp" line="174"/>
        <source>Datasets</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <location filename="../plugins/overview/overview_panel.cpp" line="181"/>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <location filename="../plugins/overview/overview_panel.cpp" line="239"/>
        <source>Project folder: %1</source>
        <translation>Projektordner: %1</translation>
    </message>
    <message>
        <location filename="../plugins/overview/overview_panel.cpp" line="264"/>
        <source>The project store could not be read: %1</source>
        <translation>Der Projektspeicher konnte nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../plugins/overview/overview_panel.cpp" line="275"/>
        <source>in %n series</source>
        <comment>metric series (run, name, split, source)</comment>
        <translation>
            <numerusform>in %n Reihe</numerusform>
            <numerusform>in %n Reihen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>adaptlab::playground::ModelColumn</name>
    <message>
        <location filename="../plugins/playground/model_column.cpp" line="55"/>
        <source>Remove this column</source>
        <translation>Diese Spalte entfernen</translation>
    </message>
    <message>
        <location filename="../plugins/playground/model_column.cpp" line="63"/>
        <source>The model that answers in this column: a run&apos;s final model or a checkpoint, a merge, or a Hugging Face folder you add.</source>
        <translation>Das Modell, das in dieser Spalte antwortet: das fertige Modell oder ein Checkpoint eines Laufs, eine Zusammenführung oder ein Hugging-Face-Ordner, den Sie hinzufügen.</translation>
    </message>
    <message>
        <location filename="../plugins/playground/model_column.cpp" line="67"/>
        <location filename="../plugins/playground/model_column.cpp" line="79"/>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <location filename="../plugins/playground/model_column.cpp" line="68"/>
        <source>Add a Hugging Face model folder (config.json, safetensors and a tokenizer).</source>
        <translation>Einen Hugging-Face-Modellordner hinzufügen (config.json, safetensors und ein Tokenizer).</translation>
    </message>
    <message>
        <location filename="../plugins/playground/model_column.cpp" line="75"/>
        <source>A LoRA adapter trained on top of the model: small extra weights applied while it runs, without changing the model&apos;s files.</source>
        <translation>Ein auf dem Modell trainierter LoRA-Adapter: kleine zusätzliche Gewichte, die während der Ausführung angewendet werden, ohne die Dateien des Modells zu ändern.</translation>
    </message>
    <message>
        <location filename="../plugins/playground/model_column.cpp" line="80"/>
        <source>Add a LoRA adapter folder (adapter_config.json and adapter_model.safetensors).</source>
        <translation>Einen LoRA-Adapter-Ordner hinzufügen (adapter_config.json und adapter_model.safetensors).</translation>
    </message>
    <message>
        <location filename="../plugins/playground/model_column.cpp" line="86"/>
        <source>The answer appears here as the model writes it.</source>
        <translation>Die Antwort erscheint hier, während das Modell sie schreibt.</translation>
    </message>
    <message>
        <location filename="../plugins/playground/model_column.cpp" line="96"/>
        <source>Model:</source>
        <translation>Modell:</translation>
    </message>
    <message>
        <location filename="../plugins/playground/model_column.cpp" line="99"/>
        <source>Adapter:</source>
        <translation>Adapter:</translation>
    </message>
    <message>
        <location filename="../plugins/playground/model_column.cpp" line="135"/>
        <source>Add a model folder…</source>
        <translation>Modellordner hinzufügen…</translation>
    </message>
    <message>
        <location filename="../plugins/playground/model_column.cpp" line="140"/>
        <source>No adapter</source>
        <translation>Kein Adapter</translation>
    </message>
    <message>
        <location filename="../plugins/playground/model_column.cpp" line="186"/>
        <source>Choose a Hugging Face model folder</source>
        <translation>Hugging-Face-Modellordner wählen</translation>
    </message>
    <message>
        <location filename="../plugins/playground/model_column.cpp" line="195"/>
        <source>Choose a LoRA adapter folder</source>
        <translation>LoRA-Adapter-Ordner wählen</translation>
    </message>
    <message>
        <location filename="../plugins/playground/model_column.cpp" line="213"/>
        <source>Choose a model for this column first.</source>
        <translation>Wählen Sie zuerst ein Modell für diese Spalte.</translation>
    </message>
    <message>
        <location filename="../plugins/playground/model_column.cpp" line="216"/>
        <source>Loading the model…</source>
        <translation>Modell wird geladen…</translation>
    </message>
    <message>
        <location filename="../plugins/playground/model_column.cpp" line="228"/>
        <source>Stopped before the first token.</source>
        <translation>Vor dem ersten Token angehalten.</translation>
    </message>
    <message numerus="yes">
        <location filename="../plugins/playground/model_column.cpp" line="229"/>
        <source>Stopped after %n token(s).</source>
        <translation>
            <numerusform>Nach %n Token angehalten.</numerusform>
            <numerusform>Nach %n Tokens angehalten.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../plugins/playground/model_column.cpp" line="268"/>
        <source>no chat template</source>
        <translation>keine Chat-Vorlage</translation>
    </message>
    <message>
        <location filename="../plugins/playground/model_column.cpp" line="269"/>
        <source>chat template %1</source>
        <translation>Chat-Vorlage %1</translation>
    </message>
    <message>
        <location filename="../plugins/playground/model_column.cpp" line="287"/>
        <source>first token after %1 s (the prompt&apos;s pass %2 ms)</source>
        <translation>erstes Token nach %1 s (Durchlauf des Prompts %2 ms)</translation>
    </message>
    <message>
        <location filename="../plugins/playground/model_column.cpp" line="291"/>
        <source>%1 ms per token</source>
        <translation>%1 ms pro Token</translation>
    </message>
    <message numerus="yes">
        <location filename="../plugins/playground/model_column.cpp" line="292"/>
        <source>%n token(s), done</source>
        <translation>
            <numerusform>%n Token, fertig</numerusform>
            <numerusform>%n Tokens, fertig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../plugins/playground/model_column.cpp" line="292"/>
        <source>%n token(s)…</source>
        <translation>
            <numerusform>%n Token…</numerusform>
            <numerusform>%n Tokens…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>adaptlab::playground::PlaygroundCatalog</name>
    <message>
        <location filename="../plugins/playground/playground_catalog.cpp" line="44"/>
        <source>Run %1 · final</source>
        <translation>Lauf %1 · fertiges Modell</translation>
    </message>
    <message>
        <location filename="../plugins/playground/playground_catalog.cpp" line="45"/>
        <source>Run %1 · step %2</source>
        <translation>Lauf %1 · Schritt %2</translation>
    </message>
    <message>
        <location filename="../plugins/playground/playground_catalog.cpp" line="56"/>
        <location filename="../plugins/playground/playground_catalog.cpp" line="57"/>
        <location filename="../plugins/playground/playground_catalog.cpp" line="58"/>
        <source>Run %1 · adapter</source>
        <translation>Lauf %1 · Adapter</translation>
    </message>
    <message>
        <location filename="../plugins/playground/playground_catalog.cpp" line="61"/>
        <source>Run %1 · step %2 adapter</source>
        <translation>Lauf %1 · Adapter von Schritt %2</translation>
    </message>
</context>
<context>
    <name>adaptlab::playground::PlaygroundPanel</name>
    <message>
        <location filename="../plugins/playground/playground_panel.cpp" line="49"/>
        <source>Playground</source>
        <translation>Testfeld</translation>
    </message>
    <message>
        <location filename="../plugins/playground/playground_panel.cpp" line="50"/>
        <source>Ask several models the same thing and read their answers side by side: the base model, your continued pre-training run, your fine-tuned run, a merge. Each column runs its model on its own and shows the answer as it is written, with how long the first word took and how fast the rest came.</source>
        <translation>Stellen Sie mehreren Modellen dieselbe Frage und lesen Sie ihre Antworten nebeneinander: das Basismodell, Ihren Lauf mit fortgesetztem Vortraining, Ihren feinabgestimmten Lauf, eine Zusammenführung. Jede Spalte führt ihr Modell für sich aus und zeigt die Antwort, während sie entsteht, mit der Zeit bis zum ersten Wort und dem Tempo, in dem der Rest folgt.</translation>
    </message>
    <message>
        <location filename="../plugins/playground/playground_panel.cpp" line="55"/>
        <source>&lt;a href=&quot;adaptlab-help:guide#evaluate&quot;&gt;The Evaluate step in the guide&lt;/a&gt; · &lt;a href=&quot;adaptlab-help:glossary#chat-template&quot;&gt;chat template&lt;/a&gt; · &lt;a href=&quot;adaptlab-help:glossary#lora&quot;&gt;LoRA&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;adaptlab-help:guide#evaluate&quot;&gt;Der Schritt „Bewertung“ in der Anleitung&lt;/a&gt; · &lt;a href=&quot;adaptlab-help:glossary#chat-template&quot;&gt;Chat-Vorlage&lt;/a&gt; · &lt;a href=&quot;adaptlab-help:glossary#lora&quot;&gt;LoRA&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../plugins/playground/playground_panel.cpp" line="61"/>
        <source>A question or an instruction (with a chat template), or the start of a text to continue (without one)</source>
        <translation>Eine Frage oder Anweisung (mit Chat-Vorlage) oder der Anfang eines Texts, der fortgesetzt werden soll (ohne)</translation>
    </message>
    <message>
        <location filename="../plugins/playground/playground_panel.cpp" line="67"/>
        <source>None: continue the text as it is</source>
        <translation>Keine: den Text unverändert fortsetzen</translation>
    </message>
    <message>
        <location filename="../plugins/playground/playground_panel.cpp" line="68"/>
        <source>Automatic: the model&apos;s own, none when it names none</source>
        <translation>Automatisch: die eigene des Modells, keine, wenn es keine nennt</translation>
    </message>
    <message>
        <location filename="../plugins/playground/playground_panel.cpp" line="69"/>
        <source>The model&apos;s own (from its tokenizer_config.json)</source>
        <translation>Die eigene des Modells (aus seiner tokenizer_config.json)</translation>
    </message>
    <message>
        <location filename="../plugins/playground/playground_panel.cpp" line="82"/>
        <source>Optional: how the assistant should behave (&quot;Answer in one sentence.&quot;)</source>
        <translation>Optional: wie sich der Assistent verhalten soll („Antworte in einem Satz.“)</translation>
    </message>
    <message>
        <location filename="../plugins/playground/playground_panel.cpp" line="90"/>
        <source>The prefix&apos;s label, as the MeCo run was trained with (URL, Source, ...).</source>
        <translation>Die Bezeichnung des Präfixes, mit der der MeCo-Lauf trainiert wurde (URL, Source, ...).</translation>
    </message>
    <message>
        <location filename="../plugins/playground/playground_panel.cpp" line="93"/>
        <source>Empty: plain. e.g. en.wikipedia.org or foldoc</source>
        <translation>Leer: ohne. z. B. en.wikipedia.org oder foldoc</translation>
    </message>
    <message>
        <location filename="../plugins/playground/playground_panel.cpp" line="94"/>
        <source>Condition on metadata: the prompt starts with &quot;LABEL: VALUE&quot; and a blank line, as documents did in a MeCo run (a URL is reduced to its host). The text is continued as it is, without a chat template.</source>
        <translation>Auf Metadaten konditionieren: Der Prompt beginnt mit „LABEL: WERT“ und einer Leerzeile, wie die Dokumente in einem MeCo-Lauf (eine URL wird auf ihren Host reduziert). Der Text wird unverändert fortgesetzt, ohne Chat-Vorlage.</translation>
    </message>
    <message>
        <location filename="../plugins/playground/playground_panel.cpp" line="104"/>
        <source>How many tokens each model adds at most (it stops earlier at its end of answer).</source>
        <translation>Wie viele Tokens jedes Modell höchstens hinzufügt (am Ende seiner Antwort hört es früher auf).</translation>
    </message>
    <message>
        <location filename="../plugins/playground/playground_panel.cpp" line="110"/>
        <source>0 always takes the likeliest token (the same answer every time); higher values give more varied, less sure text.</source>
        <translation>0 nimmt immer das wahrscheinlichste Token (jedes Mal dieselbe Antwort); höhere Werte ergeben abwechslungsreicheren, weniger sicheren Text.</translation>
    </message>
    <message>
        <location filename="../plugins/playground/playground_panel.cpp" line="116"/>
        <source>Pick only among the K likeliest tokens (0: all of them).</source>
        <translation>Nur unter den K wahrscheinlichsten Tokens wählen (0: alle).</translation>
    </message>
    <message>
        <location filename="../plugins/playground/playground_panel.cpp" line="122"/>
        <source>Pick only among the likeliest tokens that together make up this share of the probability (1: all of them).</source>
        <translation>Nur unter den wahrscheinlichsten Tokens wählen, die zusammen diesen Anteil der Wahrscheinlichkeit ausmachen (1: alle).</translation>
    </message>
    <message>
        <location filename="../plugins/playground/playground_panel.cpp" line="127"/>
        <source>The same seed, model and prompt give the same answer.</source>
        <translation>Derselbe Seed, dasselbe Modell und derselbe Prompt ergeben dieselbe Antwort.</translation>
    </message>
    <message>
        <location filename="../plugins/playground/playground_panel.cpp" line="129"/>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <location filename="../plugins/playground/playground_panel.cpp" line="132"/>
        <source>Send the prompt to every column at once.</source>
        <translation>Den Prompt an alle Spalten gleichzeitig senden.</translation>
    </message>
    <message>
        <location filename="../plugins/playground/playground_panel.cpp" line="134"/>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <location filename="../plugins/playground/playground_panel.cpp" line="137"/>
        <source>Add a column</source>
        <translation>Spalte hinzufügen</translation>
    </message>
    <message>
        <location filename="../plugins/playground/playground_panel.cpp" line="143"/>
        <source>Prompt:</source>
        <translation>Prompt:</translation>
    </message>
    <message>
        <location filename="../plugins/playground/playground_panel.cpp" line="149"/>
        <source>Chat template:</source>
        <translation>Chat-Vorlage:</translation>
    </message>
    <message>
        <location filename="../plugins/playground/playground_panel.cpp" line="150"/>
        <source>System prompt:</source>
        <translation>Systemprompt:</translation>
    </message>
    <message>
        <location filename="../plugins/playground/playground_panel.cpp" line="155"/>
        <source>Condition on metadata:</source>
        <translation>Auf Metadaten konditionieren:</translation>
    </message>
    <message>
        <location filename="../plugins/playground/playground_panel.cpp" line="162"/>
        <source>Max tokens:</source>
        <translation>Max. Tokens:</translation>
    </message>
    <message>
        <location filename="../plugins/playground/playground_panel.cpp" line="163"/>
        <source>Temperature:</source>
        <translation>Temperatur:</translation>
    </message>
    <message>
        <location filename="../plugins/playground/playground_panel.cpp" line="164"/>
        <source>Top-k:</source>
        <translation>Top-k:</translation>
    </message>
    <message>
        <location filename="../plugins/playground/playground_panel.cpp" line="165"/>
        <source>Top-p:</source>
        <translation>Top-p:</translation>
    </message>
    <message>
        <location filename="../plugins/playground/playground_panel.cpp" line="166"/>
        <source>Seed:</source>
        <translation>Seed:</translation>
    </message>
    <message>
        <location filename="../plugins/playground/playground_panel.cpp" line="168"/>
        <source>Sampling:</source>
        <translation>Sampling:</translation>
    </message>
    <message>
        <location filename="../plugins/playground/playground_panel.cpp" line="188"/>
        <source>Why the answers differ: each model learned from different text, so it finds different next words likely. A base or continued pre-training model only continues text; a fine-tuned model learned to answer in the shape of a chat template, and answers well only when the prompt is wrapped in that same template. With a temperature above 0 the words are drawn at random among the likely ones, so even one model answers differently with another seed.</source>
        <translation>Warum sich die Antworten unterscheiden: Jedes Modell hat aus anderem Text gelernt und hält daher andere nächste Wörter für wahrscheinlich. Ein Basismodell oder fortgesetzt vortrainiertes Modell setzt Text nur fort; ein feinabgestimmtes Modell hat gelernt, in der Form einer Chat-Vorlage zu antworten, und antwortet nur dann gut, wenn der Prompt in genau diese Vorlage eingebettet ist. Bei einer Temperatur über 0 werden die Wörter zufällig unter den wahrscheinlichen gezogen, sodass selbst dasselbe Modell mit einem anderen Seed anders antwortet.</translation>
    </message>
    <message>
        <location filename="../plugins/playground/playground_panel.cpp" line="267"/>
        <source>Model %1</source>
        <translation>Modell %1</translation>
    </message>
    <message>
        <location filename="../plugins/playground/playground_panel.cpp" line="332"/>
        <source>Conditioned on metadata: each model continues &quot;%1: %2&quot;, a blank line and your prompt as plain text, the way a MeCo run read its documents.</source>
        <translation>Auf Metadaten konditioniert: Jedes Modell setzt „%1: %2“, eine Leerzeile und Ihren Prompt als reinen Text fort, so wie ein MeCo-Lauf seine Dokumente gelesen hat.</translation>
    </message>
    <message>
        <location filename="../plugins/playground/playground_panel.cpp" line="340"/>
        <source>The prompt goes to each model as plain text, which it continues. Right for base and continued pre-training models; a chat model may ramble without its template.</source>
        <translation>Der Prompt geht als reiner Text an jedes Modell, das ihn fortsetzt. Richtig für Basismodelle und fortgesetzt vortrainierte Modelle; ein Chat-Modell schweift ohne seine Vorlage womöglich ab.</translation>
    </message>
    <message>
        <location filename="../plugins/playground/playground_panel.cpp" line="344"/>
        <source>A chat template wraps your prompt in the markers a chat model was trained on (who speaks, where the answer starts) and stops at its end-of-answer marker. Automatic: each model uses the template named in its own tokenizer_config.json, and a model that names none (a base or continued pre-training model) continues your text as it is.</source>
        <translation>Eine Chat-Vorlage bettet Ihren Prompt in die Markierungen ein, mit denen ein Chat-Modell trainiert wurde (wer spricht, wo die Antwort beginnt), und endet an ihrer Markierung für das Antwortende. Automatisch: Jedes Modell verwendet die Vorlage, die in seiner eigenen tokenizer_config.json genannt ist, und ein Modell, das keine nennt (ein Basismodell oder fortgesetzt vortrainiertes Modell), setzt Ihren Text unverändert fort.</translation>
    </message>
    <message>
        <location filename="../plugins/playground/playground_panel.cpp" line="350"/>
        <source>A chat template wraps your prompt in the markers a chat model was trained on (who speaks, where the answer starts) and stops at its end-of-answer marker. Here each model uses the template named in its own tokenizer_config.json; a model that names none shows an error: choose a template then.</source>
        <translation>Eine Chat-Vorlage bettet Ihren Prompt in die Markierungen ein, mit denen ein Chat-Modell trainiert wurde (wer spricht, wo die Antwort beginnt), und endet an ihrer Markierung für das Antwortende. Hier verwendet jedes Modell die Vorlage, die in seiner eigenen tokenizer_config.json genannt ist; ein Modell, das keine nennt, zeigt einen Fehler: Wählen Sie dann eine Vorlage.</translation>
    </message>
    <message>
        <location filename="../plugins/playground/playground_panel.cpp" line="354"/>
        <source>A chat template wraps your prompt in the markers a chat model was trained on (who speaks, where the answer starts) and stops at its end-of-answer marker. Use the one the model was fine-tuned with; hover over the list to see each.</source>
        <translation>Eine Chat-Vorlage bettet Ihren Prompt in die Markierungen ein, mit denen ein Chat-Modell trainiert wurde (wer spricht, wo die Antwort beginnt), und endet an ihrer Markierung für das Antwortende. Verwenden Sie die, mit der das Modell feinabgestimmt wurde; fahren Sie mit der Maus über die Liste, um jede anzusehen.</translation>
    </message>
    <message>
        <location filename="../plugins/playground/playground_panel.cpp" line="403"/>
        <source>The Playground could not read the project&apos;s runs: %1</source>
        <translation>Das Testfeld konnte die Läufe des Projekts nicht lesen: %1</translation>
    </message>
</context>
<context>
    <name>adaptlab::playground::StreamProcess</name>
    <message>
        <location filename="../plugins/playground/stream_process.cpp" line="92"/>
        <source>%1 could not be started: %2</source>
        <translation>%1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <location filename="../plugins/playground/stream_process.cpp" line="176"/>
        <source>Generation failed (exit code %1) without a message.</source>
        <translation>Generierung fehlgeschlagen (Exit-Code %1), ohne Meldung.</translation>
    </message>
    <message>
        <location filename="../plugins/playground/stream_process.cpp" line="181"/>
        <source>Generation printed no result (expected a JSON object with &quot;ids&quot;).</source>
        <translation>Die Generierung hat kein Ergebnis ausgegeben (erwartet wurde ein JSON-Objekt mit &quot;ids&quot;).</translation>
    </message>
</context>
<context>
    <name>adaptlab::tokenizer_panel::FertilityTab</name>
    <message>
        <location filename="../plugins/tokenizer/fertility_tab.cpp" line="48"/>
        <source>The datasets to measure on: typically your domain corpus and a general one to compare with.</source>
        <translation>Die Datensätze, auf denen gemessen wird: typischerweise Ihr Fachkorpus und zum Vergleich ein allgemeines.</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/fertility_tab.cpp" line="53"/>
        <source>The tokenizer to measure, usually the one of the model you adapt.</source>
        <translation>Der zu messende Tokenizer, meist der des Modells, das Sie anpassen.</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/fertility_tab.cpp" line="56"/>
        <source>Optional: a second tokenizer measured on the same datasets, e.g. one trained on your domain.</source>
        <translation>Optional: ein zweiter Tokenizer, auf denselben Datensätzen gemessen, z. B. einer, der auf Ihrer Domäne trainiert wurde.</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/fertility_tab.cpp" line="57"/>
        <source>Measure fertility</source>
        <translation>Fertilität messen</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/fertility_tab.cpp" line="59"/>
        <source>Tokenizes the chosen datasets with each tokenizer as a job (see the Jobs dock) and counts tokens, words and bytes.</source>
        <translation>Tokenisiert die gewählten Datensätze mit jedem Tokenizer als Auftrag (siehe Leiste „Aufträge“) und zählt Tokens, Wörter und Bytes.</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/fertility_tab.cpp" line="69"/>
        <source>Datasets</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/fertility_tab.cpp" line="73"/>
        <location filename="../plugins/tokenizer/fertility_tab.cpp" line="106"/>
        <source>Tokenizer</source>
        <translation>Tokenizer</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/fertility_tab.cpp" line="75"/>
        <source>Compare with</source>
        <translation>Vergleichen mit</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/fertility_tab.cpp" line="80"/>
        <source>Documents per dataset</source>
        <translation>Dokumente pro Datensatz</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/fertility_tab.cpp" line="81"/>
        <source>Gap words</source>
        <translation>Lückenwörter</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/fertility_tab.cpp" line="91"/>
        <source>Fertility is the number of tokens per word. The same text costs more tokens, and so more training and context, with a higher fertility; a domain far above general text points at a vocabulary gap.</source>
        <translation>Fertilität ist die Anzahl der Tokens pro Wort. Bei höherer Fertilität kostet derselbe Text mehr Tokens und damit mehr Training und Kontext; liegt eine Domäne weit über allgemeinem Text, deutet das auf eine Vokabularlücke hin.</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/fertility_tab.cpp" line="101"/>
        <source>Tokens per word of each dataset; one colour per tokenizer. Shorter bars are better.</source>
        <translation>Tokens pro Wort für jeden Datensatz; eine Farbe pro Tokenizer. Kürzere Balken sind besser.</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/fertility_tab.cpp" line="106"/>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/fertility_tab.cpp" line="106"/>
        <location filename="../plugins/tokenizer/fertility_tab.cpp" line="130"/>
        <source>Tokens per word</source>
        <translation>Tokens pro Wort</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/fertility_tab.cpp" line="106"/>
        <source>Tokens per byte</source>
        <translation>Tokens pro Byte</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/fertility_tab.cpp" line="107"/>
        <source>Byte fallback</source>
        <translation>Byte-Fallback</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/fertility_tab.cpp" line="107"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/fertility_tab.cpp" line="107"/>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/fertility_tab.cpp" line="108"/>
        <source>Share of tokens spelled as single bytes: characters the vocabulary lacks.</source>
        <translation>Anteil der Tokens, die als einzelne Bytes geschrieben sind: Zeichen, die im Vokabular fehlen.</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/fertility_tab.cpp" line="109"/>
        <source>Share of tokens that are the unknown token: text the tokenizer loses.</source>
        <translation>Anteil der Tokens, die das unbekannte Token sind: Text, den der Tokenizer verliert.</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/fertility_tab.cpp" line="111"/>
        <source>Choose a row to see its vocabulary-gap list below.</source>
        <translation>Wählen Sie eine Zeile, um unten ihre Vokabularlücke zu sehen.</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/fertility_tab.cpp" line="118"/>
        <source>Vocabulary gap</source>
        <translation>Vokabularlücke</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/fertility_tab.cpp" line="121"/>
        <source>Word</source>
        <translation>Wort</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/fertility_tab.cpp" line="121"/>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/fertility_tab.cpp" line="121"/>
        <source>Split into</source>
        <translation>Zerlegt in</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/fertility_tab.cpp" line="121"/>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/fertility_tab.cpp" line="122"/>
        <source>Count × pieces: the tokens this word costs in the whole dataset.</source>
        <translation>Anzahl × Stücke: die Tokens, die dieses Wort im gesamten Datensatz kostet.</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/fertility_tab.cpp" line="139"/>
        <source>The words of the dataset that cost the most tokens in total (how often they occur × how many pieces they are cut into). Many domain terms cut into 4 or more pieces mean the tokenizer does not know your domain&apos;s vocabulary.</source>
        <translation>Die Wörter des Datensatzes, die insgesamt die meisten Tokens kosten (Häufigkeit × Anzahl der Stücke, in die sie zerlegt werden). Viele Fachbegriffe, die in 4 oder mehr Stücke zerlegt werden, bedeuten, dass der Tokenizer das Vokabular Ihrer Domäne nicht kennt.</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/fertility_tab.cpp" line="158"/>
        <source>This build cannot measure fertility yet (no tokenizer_fertility job).</source>
        <translation>Dieser Build kann die Fertilität noch nicht messen (kein Auftrag tokenizer_fertility).</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/fertility_tab.cpp" line="184"/>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/fertility_tab.cpp" line="233"/>
        <source>Open a project first.</source>
        <translation>Öffnen Sie zuerst ein Projekt.</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/fertility_tab.cpp" line="245"/>
        <source>Choose at least one dataset and a tokenizer.</source>
        <translation>Wählen Sie mindestens einen Datensatz und einen Tokenizer.</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/fertility_tab.cpp" line="252"/>
        <source>The measurement could not start: %1</source>
        <translation>Die Messung konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/fertility_tab.cpp" line="256"/>
        <source>Measuring… (follow it in the Jobs dock)</source>
        <translation>Wird gemessen… (verfolgen Sie es in der Leiste „Aufträge“)</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/fertility_tab.cpp" line="261"/>
        <source>Measured.</source>
        <translation>Gemessen.</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/fertility_tab.cpp" line="263"/>
        <source>Stopped before it finished.</source>
        <translation>Vor dem Abschluss angehalten.</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/fertility_tab.cpp" line="265"/>
        <source>The measurement failed: %1</source>
        <translation>Die Messung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/fertility_tab.cpp" line="278"/>
        <source>The fertility result could not be read: %1</source>
        <translation>Das Fertilitätsergebnis konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/fertility_tab.cpp" line="328"/>
        <source>Vocabulary gap: %1 with %2</source>
        <translation>Vokabularlücke: %1 mit %2</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/fertility_tab.cpp" line="338"/>
        <source>Pieces: %1</source>
        <translation>Stücke: %1</translation>
    </message>
</context>
<context>
    <name>adaptlab::tokenizer_panel::ImportTokenizerDialog</name>
    <message>
        <location filename="../plugins/tokenizer/tokenizer_dialogs.cpp" line="107"/>
        <source>Import a tokenizer</source>
        <translation>Tokenizer importieren</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/tokenizer_dialogs.cpp" line="108"/>
        <source>To adapt an existing model, use the tokenizer it was trained with: it is in the model&apos;s folder (a Hugging Face download) as tokenizer.model (SentencePiece: Llama 2, Mistral, TinyLlama) or tokenizer.json (Llama 3, Qwen2, SmolLM, GPT-2). The files are copied into the project.</source>
        <translation>Um ein vorhandenes Modell anzupassen, verwenden Sie den Tokenizer, mit dem es trainiert wurde: Er liegt im Ordner des Modells (ein Hugging-Face-Download) als tokenizer.model (SentencePiece: Llama 2, Mistral, TinyLlama) oder tokenizer.json (Llama 3, Qwen2, SmolLM, GPT-2). Die Dateien werden ins Projekt kopiert.</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/tokenizer_dialogs.cpp" line="116"/>
        <source>A model folder, or the tokenizer.model or tokenizer.json file itself.</source>
        <translation>Ein Modellordner oder die Datei tokenizer.model bzw. tokenizer.json selbst.</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/tokenizer_dialogs.cpp" line="117"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/tokenizer_dialogs.cpp" line="118"/>
        <source>Choose the model folder.</source>
        <translation>Wählen Sie den Modellordner.</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/tokenizer_dialogs.cpp" line="120"/>
        <source>Model folder</source>
        <translation>Modellordner</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/tokenizer_dialogs.cpp" line="126"/>
        <source>How the tokenizer is called in this project (default: the folder&apos;s name).</source>
        <translation>Wie der Tokenizer in diesem Projekt heißt (Standard: der Name des Ordners).</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/tokenizer_dialogs.cpp" line="140"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/tokenizer_dialogs.cpp" line="144"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/tokenizer_dialogs.cpp" line="148"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
</context>
<context>
    <name>adaptlab::tokenizer_panel::PlaygroundTab</name>
    <message>
        <location filename="../plugins/tokenizer/playground_tab.cpp" line="55"/>
        <source>Type or paste a sentence from your domain…</source>
        <translation>Geben Sie einen Satz aus Ihrer Domäne ein oder fügen Sie ihn ein…</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/playground_tab.cpp" line="56"/>
        <source>The text to cut into tokens. It is encoded as you type; nothing is saved.</source>
        <translation>Der Text, der in Tokens zerlegt wird. Er wird während der Eingabe kodiert; nichts wird gespeichert.</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/playground_tab.cpp" line="58"/>
        <source>Each coloured box is one token: what the model reads and is charged for. Fewer tokens per word means more text fits into training and into the model&apos;s context.</source>
        <translation>Jedes farbige Kästchen ist ein Token: das, was das Modell liest und was berechnet wird. Weniger Tokens pro Wort bedeuten, dass mehr Text ins Training und in den Kontext des Modells passt.</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/playground_tab.cpp" line="65"/>
        <source>Hover a piece to see its id and kind. Red boxes are single bytes: the vocabulary had no piece for that character.</source>
        <translation>Fahren Sie mit der Maus über ein Stück, um seine ID und Art zu sehen. Rote Kästchen sind einzelne Bytes: Das Vokabular hatte kein Stück für dieses Zeichen.</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/playground_tab.cpp" line="72"/>
        <source>Encode the same text with a second tokenizer, to see which one cuts your domain&apos;s words into fewer pieces.</source>
        <translation>Denselben Text mit einem zweiten Tokenizer kodieren, um zu sehen, welcher die Wörter Ihrer Domäne in weniger Stücke zerlegt.</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/playground_tab.cpp" line="74"/>
        <source>Compare with:</source>
        <translation>Vergleichen mit:</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/playground_tab.cpp" line="99"/>
        <source>Optional: a second tokenizer encodes the same text below, to compare how many pieces each needs.</source>
        <translation>Optional: Ein zweiter Tokenizer kodiert unten denselben Text, um zu vergleichen, wie viele Stücke jeder braucht.</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/playground_tab.cpp" line="134"/>
        <source>(no second tokenizer)</source>
        <translation>(kein zweiter Tokenizer)</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/playground_tab.cpp" line="164"/>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/playground_tab.cpp" line="171"/>
        <source>The second tokenizer could not be opened: %1</source>
        <translation>Der zweite Tokenizer konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/playground_tab.cpp" line="190"/>
        <source>Choose a tokenizer to try it on text.</source>
        <translation>Wählen Sie einen Tokenizer, um ihn an Text auszuprobieren.</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/playground_tab.cpp" line="207"/>
        <source>The text could not be encoded: %1</source>
        <translation>Der Text konnte nicht kodiert werden: %1</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/playground_tab.cpp" line="239"/>
        <source>id %1: %2 (%3)</source>
        <translation>ID %1: %2 (%3)</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/playground_tab.cpp" line="250"/>
        <source>No tokens: type some text above.</source>
        <translation>Keine Tokens: Geben Sie oben Text ein.</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/playground_tab.cpp" line="255"/>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/playground_tab.cpp" line="256"/>
        <source>%1 tokens, %2 words, %3 tokens/word</source>
        <comment>playground count line</comment>
        <translation>%1 Tokens, %2 Wörter, %3 Tokens/Wort</translation>
    </message>
</context>
<context>
    <name>adaptlab::tokenizer_panel::ShardsTab</name>
    <message>
        <location filename="../plugins/tokenizer/shards_tab.cpp" line="34"/>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/shards_tab.cpp" line="34"/>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/shards_tab.cpp" line="34"/>
        <source>Shards</source>
        <translation>Shards</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/shards_tab.cpp" line="34"/>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/shards_tab.cpp" line="34"/>
        <source>Held out</source>
        <translation>Zurückgehalten</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/shards_tab.cpp" line="35"/>
        <source>Whether this dataset has been tokenized with the selected tokenizer.</source>
        <translation>Ob dieser Datensatz mit dem gewählten Tokenizer tokenisiert wurde.</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/shards_tab.cpp" line="36"/>
        <source>Documents kept apart for measuring the model (never trained on), and their tokens.</source>
        <translation>Dokumente, die zum Messen des Modells beiseitegelegt werden (nie trainiert), und ihre Tokens.</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/shards_tab.cpp" line="38"/>
        <source>Tick the datasets to build shards for.</source>
        <translation>Haken Sie die Datensätze an, für die Shards erstellt werden sollen.</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/shards_tab.cpp" line="41"/>
        <source>Build shards</source>
        <translation>Shards erstellen</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/shards_tab.cpp" line="43"/>
        <source>Tokenizes the ticked datasets once and writes their shards (a job: see the Jobs dock). Shards that exist for the same data and tokenizer are reused.</source>
        <translation>Tokenisiert die angehakten Datensätze einmal und schreibt ihre Shards (ein Auftrag: siehe Leiste „Aufträge“). Vorhandene Shards für dieselben Daten und denselben Tokenizer werden wiederverwendet.</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/shards_tab.cpp" line="46"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/shards_tab.cpp" line="48"/>
        <source>Stops the build; nothing half-written is kept.</source>
        <translation>Hält die Erstellung an; nichts halb Geschriebenes wird behalten.</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/shards_tab.cpp" line="59"/>
        <source>Training reads token shards: each dataset cut into token ids once, saved on disk, and reused by every run (no re-tokenizing, nothing redone after a crash). Build them with the tokenizer of the model you will train.</source>
        <translation>Das Training liest Token-Shards: jeder Datensatz einmal in Token-IDs zerlegt, auf der Festplatte gespeichert und von jedem Lauf wiederverwendet (kein erneutes Tokenisieren, nach einem Absturz wird nichts wiederholt). Erstellen Sie sie mit dem Tokenizer des Modells, das Sie trainieren werden.</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/shards_tab.cpp" line="67"/>
        <source>Held-out documents</source>
        <translation>Zurückgehaltene Dokumente</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/shards_tab.cpp" line="68"/>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/shards_tab.cpp" line="79"/>
        <source>This build cannot build shards yet (no build_shards job).</source>
        <translation>Dieser Build kann noch keine Shards erstellen (kein Auftrag build_shards).</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/shards_tab.cpp" line="92"/>
        <source>Choose a tokenizer in the list to build shards with it.</source>
        <translation>Wählen Sie einen Tokenizer in der Liste, um damit Shards zu erstellen.</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/shards_tab.cpp" line="93"/>
        <source>Shards with tokenizer %1</source>
        <translation>Shards mit Tokenizer %1</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/shards_tab.cpp" line="102"/>
        <source>missing: the folder is gone</source>
        <translation>fehlt: Der Ordner existiert nicht mehr</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/shards_tab.cpp" line="104"/>
        <source>stale: the dataset changed after the build</source>
        <translation>veraltet: Der Datensatz hat sich nach dem Build geändert</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/shards_tab.cpp" line="147"/>
        <source>not counted</source>
        <translation>nicht gezählt</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/shards_tab.cpp" line="105"/>
        <source>built (%1)</source>
        <translation>erstellt (%1)</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/shards_tab.cpp" line="100"/>
        <source>not built</source>
        <translation>nicht erstellt</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/shards_tab.cpp" line="153"/>
        <source>%1 documents, %2 tokens</source>
        <translation>%1 Dokumente, %2 Tokens</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/shards_tab.cpp" line="159"/>
        <source>%1
%2
Build shards again: an unchanged dataset is recognised by its content and reused.</source>
        <translation>%1
%2
Erstellen Sie die Shards erneut: Ein unveränderter Datensatz wird an seinem Inhalt erkannt und wiederverwendet.</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/shards_tab.cpp" line="187"/>
        <source>Open a project and choose a tokenizer first.</source>
        <translation>Öffnen Sie zuerst ein Projekt und wählen Sie einen Tokenizer.</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/shards_tab.cpp" line="192"/>
        <source>Tick at least one dataset.</source>
        <translation>Haken Sie mindestens einen Datensatz an.</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/shards_tab.cpp" line="210"/>
        <source>Shards built.</source>
        <translation>Shards erstellt.</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/shards_tab.cpp" line="222"/>
        <source>%1: the build could not start: %2</source>
        <translation>%1: Die Erstellung konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/shards_tab.cpp" line="230"/>
        <source>Building shards for %1 (%2 of %3)…</source>
        <translation>Shards für %1 werden erstellt (%2 von %3)…</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/shards_tab.cpp" line="243"/>
        <source>%1: cancelled; no shard of this build was kept.</source>
        <translation>%1: abgebrochen; kein Shard dieser Erstellung wurde behalten.</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/shards_tab.cpp" line="245"/>
        <source>%1: the build failed: %2</source>
        <translation>%1: Die Erstellung ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/shards_tab.cpp" line="257"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>adaptlab::tokenizer_panel::TokenizerPanel</name>
    <message>
        <location filename="../plugins/tokenizer/tokenizer_panel.cpp" line="40"/>
        <source>Tokenizer</source>
        <translation>Tokenizer</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/tokenizer_panel.cpp" line="41"/>
        <source>A tokenizer cuts text into tokens, the pieces a language model reads: common words are one token, rare ones are cut into several. Fertility, the number of tokens per word, tells how well a tokenizer fits your text. A specialist domain (medicine, law, code) often has a much higher fertility than general text: its words are cut into fragments, which costs training time and context and makes them harder to learn. Here you can see your tokenizers&apos; vocabularies, try them on text, measure fertility on your datasets, and tokenize datasets once into the shards training reads.</source>
        <translation>Ein Tokenizer zerlegt Text in Tokens, die Stücke, die ein Sprachmodell liest: Häufige Wörter sind ein Token, seltene werden in mehrere zerlegt. Die Fertilität, also die Anzahl der Tokens pro Wort, zeigt, wie gut ein Tokenizer zu Ihrem Text passt. Eine Fachdomäne (Medizin, Recht, Code) hat oft eine viel höhere Fertilität als allgemeiner Text: Ihre Wörter werden in Fragmente zerlegt, was Trainingszeit und Kontext kostet und sie schwerer erlernbar macht. Hier können Sie die Vokabulare Ihrer Tokenizer ansehen, sie an Text ausprobieren, die Fertilität auf Ihren Datensätzen messen und Datensätze einmal in die Shards tokenisieren, die das Training liest.</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/tokenizer_panel.cpp" line="49"/>
        <source>&lt;a href=&quot;adaptlab-help:guide#tokenizer&quot;&gt;The Tokenizer step in the guide&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;adaptlab-help:guide#tokenizer&quot;&gt;Der Schritt Tokenizer in der Anleitung&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/tokenizer_panel.cpp" line="53"/>
        <source>Open or create a project (File menu) to see its tokenizers.</source>
        <translation>Öffnen oder erstellen Sie ein Projekt (Menü „Datei“), um seine Tokenizer zu sehen.</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/tokenizer_panel.cpp" line="61"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/tokenizer_panel.cpp" line="61"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/tokenizer_panel.cpp" line="61"/>
        <location filename="../plugins/tokenizer/tokenizer_panel.cpp" line="121"/>
        <source>Vocabulary</source>
        <translation>Vokabular</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/tokenizer_panel.cpp" line="62"/>
        <source>How many different tokens the tokenizer knows.</source>
        <translation>Wie viele verschiedene Tokens der Tokenizer kennt.</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/tokenizer_panel.cpp" line="68"/>
        <source>The tokenizers of this project. Choose one to browse, try and use it.</source>
        <translation>Die Tokenizer dieses Projekts. Wählen Sie einen aus, um ihn zu durchsuchen, auszuprobieren und zu verwenden.</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/tokenizer_panel.cpp" line="70"/>
        <source>No tokenizer yet. Import the one of the model you want to adapt, or train one on your datasets.</source>
        <translation>Noch kein Tokenizer. Importieren Sie den des Modells, das Sie anpassen möchten, oder trainieren Sie einen auf Ihren Datensätzen.</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/tokenizer_panel.cpp" line="76"/>
        <source>Import from model folder…</source>
        <translation>Aus Modellordner importieren…</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/tokenizer_panel.cpp" line="78"/>
        <source>Copy the tokenizer of an existing model (a Hugging Face model folder) into the project.</source>
        <translation>Den Tokenizer eines vorhandenen Modells (ein Hugging-Face-Modellordner) ins Projekt kopieren.</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/tokenizer_panel.cpp" line="80"/>
        <source>Train…</source>
        <translation>Trainieren…</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/tokenizer_panel.cpp" line="82"/>
        <location filename="../plugins/tokenizer/tokenizer_panel.cpp" line="224"/>
        <source>Learn a new vocabulary from a sample of your datasets.</source>
        <translation>Ein neues Vokabular aus einer Stichprobe Ihrer Datensätze lernen.</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/tokenizer_panel.cpp" line="86"/>
        <source>This build cannot import tokenizers yet (no tokenizer_import job).</source>
        <translation>Dieser Build kann noch keine Tokenizer importieren (kein Auftrag tokenizer_import).</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/tokenizer_panel.cpp" line="97"/>
        <source>Tokenizers</source>
        <translation>Tokenizer</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/tokenizer_panel.cpp" line="101"/>
        <source>Adapting a model? Import its tokenizer: a model can only read the tokens of the tokenizer it was trained with.</source>
        <translation>Passen Sie ein Modell an? Importieren Sie seinen Tokenizer: Ein Modell kann nur die Tokens des Tokenizers lesen, mit dem es trainiert wurde.</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/tokenizer_panel.cpp" line="122"/>
        <source>Every token the tokenizer knows, with its id.</source>
        <translation>Jedes Token, das der Tokenizer kennt, mit seiner ID.</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/tokenizer_panel.cpp" line="123"/>
        <source>Playground</source>
        <translation>Testfeld</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/tokenizer_panel.cpp" line="124"/>
        <source>Type text and see how it is cut into tokens.</source>
        <translation>Text eingeben und sehen, wie er in Tokens zerlegt wird.</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/tokenizer_panel.cpp" line="125"/>
        <source>Fertility</source>
        <translation>Fertilität</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/tokenizer_panel.cpp" line="126"/>
        <source>Tokens per word on your datasets, and the words that cost the most.</source>
        <translation>Tokens pro Wort auf Ihren Datensätzen und die Wörter, die am meisten kosten.</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/tokenizer_panel.cpp" line="127"/>
        <source>Shards</source>
        <translation>Shards</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/tokenizer_panel.cpp" line="128"/>
        <source>Tokenize datasets once for training.</source>
        <translation>Datensätze einmal für das Training tokenisieren.</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/tokenizer_panel.cpp" line="190"/>
        <source>The project store could not be read: %1</source>
        <translation>Der Projektspeicher konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/tokenizer_panel.cpp" line="204"/>
        <source>The file %1 is gone.</source>
        <translation>Die Datei %1 ist nicht mehr vorhanden.</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/tokenizer_panel.cpp" line="208"/>
        <source>file missing</source>
        <translation>Datei fehlt</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/tokenizer_panel.cpp" line="223"/>
        <source>Import a dataset in the Data step first: a tokenizer learns from your text.</source>
        <translation>Importieren Sie zuerst im Schritt Daten einen Datensatz: Ein Tokenizer lernt aus Ihrem Text.</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/tokenizer_panel.cpp" line="267"/>
        <source>%1 on disk</source>
        <translation>%1 auf der Festplatte</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/tokenizer_panel.cpp" line="269"/>
        <source>made by run %1</source>
        <translation>erstellt von Lauf %1</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/tokenizer_panel.cpp" line="281"/>
        <source>The tokenizer&apos;s file is gone: %1</source>
        <translation>Die Datei des Tokenizers ist nicht mehr vorhanden: %1</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/tokenizer_panel.cpp" line="284"/>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/tokenizer_panel.cpp" line="288"/>
        <source>%1 could not be opened: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/tokenizer_panel.cpp" line="302"/>
        <source>Open a project first.</source>
        <translation>Öffnen Sie zuerst ein Projekt.</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/tokenizer_panel.cpp" line="308"/>
        <source>The job could not start: %1</source>
        <translation>Der Auftrag konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/tokenizer_panel.cpp" line="312"/>
        <source>Running; follow it in the Jobs dock. The tokenizer appears here when it has finished.</source>
        <translation>Läuft; verfolgen Sie es in der Leiste „Aufträge“. Der Tokenizer erscheint hier, sobald er fertig ist.</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/tokenizer_panel.cpp" line="315"/>
        <source>Stopped; no tokenizer was added.</source>
        <translation>Angehalten; es wurde kein Tokenizer hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/tokenizer_panel.cpp" line="316"/>
        <source>The job failed: %1</source>
        <translation>Der Auftrag ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/tokenizer_panel.cpp" line="328"/>
        <source>Finished.</source>
        <translation>Fertig.</translation>
    </message>
</context>
<context>
    <name>adaptlab::tokenizer_panel::TrainTokenizerDialog</name>
    <message>
        <location filename="../plugins/tokenizer/tokenizer_dialogs.cpp" line="26"/>
        <source>Train a tokenizer</source>
        <translation>Tokenizer trainieren</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/tokenizer_dialogs.cpp" line="27"/>
        <source>A tokenizer learns its vocabulary from a sample of your datasets: pieces that are common there become single tokens. Train one when you start a model from scratch on your domain; to adapt an existing model, keep that model&apos;s own tokenizer (import it) and use this one to see what it is missing.</source>
        <translation>Ein Tokenizer lernt sein Vokabular aus einer Stichprobe Ihrer Datensätze: Stücke, die dort häufig sind, werden zu einzelnen Tokens. Trainieren Sie einen, wenn Sie ein Modell von Grund auf auf Ihrer Domäne beginnen; um ein vorhandenes Modell anzupassen, behalten Sie dessen eigenen Tokenizer (importieren Sie ihn) und verwenden Sie diesen hier, um zu sehen, was ihm fehlt.</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/tokenizer_dialogs.cpp" line="35"/>
        <source>The datasets the tokenizer learns from; each gives an equal share of the sample.</source>
        <translation>Die Datensätze, aus denen der Tokenizer lernt; jeder trägt einen gleich großen Teil der Stichprobe bei.</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/tokenizer_dialogs.cpp" line="48"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/tokenizer_dialogs.cpp" line="49"/>
        <source>Vocabulary size</source>
        <translation>Vokabulargröße</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/tokenizer_dialogs.cpp" line="50"/>
        <source>Model type</source>
        <translation>Modelltyp</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/tokenizer_dialogs.cpp" line="51"/>
        <source>Sample size</source>
        <translation>Stichprobengröße</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/tokenizer_dialogs.cpp" line="52"/>
        <source>Held-out documents</source>
        <translation>Zurückgehaltene Dokumente</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/tokenizer_dialogs.cpp" line="60"/>
        <source>Train</source>
        <translation>Trainieren</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/tokenizer_dialogs.cpp" line="61"/>
        <source>Starts the training as a job; follow it in the Jobs dock. The tokenizer appears in the list when it has finished.</source>
        <translation>Startet das Training als Auftrag; verfolgen Sie es in der Leiste „Aufträge“. Der Tokenizer erscheint in der Liste, sobald er fertig ist.</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/tokenizer_dialogs.cpp" line="68"/>
        <source>Datasets to learn from</source>
        <translation>Datensätze zum Lernen</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/tokenizer_dialogs.cpp" line="70"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/tokenizer_dialogs.cpp" line="102"/>
        <source>Tick at least one dataset to learn from.</source>
        <translation>Haken Sie mindestens einen Datensatz zum Lernen an.</translation>
    </message>
</context>
<context>
    <name>adaptlab::tokenizer_panel::VocabularyModel</name>
    <message>
        <location filename="../plugins/tokenizer/vocabulary.cpp" line="126"/>
        <source>Piece %1 holds the bytes %2.</source>
        <translation>Stück %1 enthält die Bytes %2.</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/vocabulary.cpp" line="130"/>
        <source>SentencePiece unigram: the piece&apos;s log-probability (higher is more common). BPE: minus the order in which the piece was merged (closer to 0 was merged earlier).</source>
        <translation>SentencePiece-Unigram: die Log-Wahrscheinlichkeit des Stücks (höher ist häufiger). BPE: minus die Reihenfolge, in der das Stück zusammengeführt wurde (näher an 0 wurde früher zusammengeführt).</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/vocabulary.cpp" line="147"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/vocabulary.cpp" line="148"/>
        <source>Piece</source>
        <translation>Stück</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/vocabulary.cpp" line="149"/>
        <source>Score</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/vocabulary.cpp" line="150"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/vocabulary.cpp" line="156"/>
        <source>The number the model sees for this piece.</source>
        <translation>Die Zahl, die das Modell für dieses Stück sieht.</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/vocabulary.cpp" line="158"/>
        <source>The piece of text; ▁ and Ġ stand for a space before the word, ␣ for a space, ↵ for a line break.</source>
        <translation>Das Textstück; ▁ und Ġ stehen für ein Leerzeichen vor dem Wort, ␣ für ein Leerzeichen, ↵ für einen Zeilenumbruch.</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/vocabulary.cpp" line="159"/>
        <source>How the tokenizer ranks the piece (see the cells&apos; tooltips).</source>
        <translation>Wie der Tokenizer das Stück einstuft (siehe die Tooltips der Zellen).</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/vocabulary.cpp" line="160"/>
        <source>Normal text, a single byte, a special token or the unknown token.</source>
        <translation>Normaler Text, ein einzelnes Byte, ein Spezial-Token oder das unbekannte Token.</translation>
    </message>
</context>
<context>
    <name>adaptlab::tokenizer_panel::VocabularyTab</name>
    <message>
        <location filename="../plugins/tokenizer/vocabulary_tab.cpp" line="18"/>
        <source>Search a piece or an id, e.g. &quot;ing&quot; or 1234</source>
        <translation>Stück oder ID suchen, z. B. „ing“ oder 1234</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/vocabulary_tab.cpp" line="20"/>
        <source>Shows the pieces that contain this text (a space also finds ▁ and Ġ, the marks of a word start), or the piece with this id.</source>
        <translation>Zeigt die Stücke, die diesen Text enthalten (ein Leerzeichen findet auch ▁ und Ġ, die Zeichen für einen Wortanfang), oder das Stück mit dieser ID.</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/vocabulary_tab.cpp" line="22"/>
        <source>Find out whether your domain&apos;s words are whole pieces or get cut into fragments.</source>
        <translation>Finden Sie heraus, ob die Wörter Ihrer Domäne ganze Stücke sind oder in Fragmente zerlegt werden.</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/vocabulary_tab.cpp" line="85"/>
        <source>Searching…</source>
        <translation>Wird gesucht…</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/vocabulary_tab.cpp" line="91"/>
        <source>Choose a tokenizer to see its vocabulary.</source>
        <translation>Wählen Sie einen Tokenizer, um sein Vokabular zu sehen.</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/vocabulary_tab.cpp" line="93"/>
        <source>%1 of %2 pieces match.</source>
        <translation>%1 von %2 Stücken passen.</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/vocabulary_tab.cpp" line="96"/>
        <source>%1 pieces.</source>
        <translation>%1 Stücke.</translation>
    </message>
</context>
<context>
    <name>adaptlab::train_panel</name>
    <message>
        <location filename="../plugins/train/sft_example.cpp" line="161"/>
        <source>unknown data shape &quot;%1&quot;</source>
        <translation>unbekannte Datenform „%1“</translation>
    </message>
    <message>
        <location filename="../plugins/train/sft_example.cpp" line="164"/>
        <source>unknown chat template &quot;%1&quot;</source>
        <translation>unbekannte Chat-Vorlage „%1“</translation>
    </message>
    <message>
        <location filename="../plugins/train/sft_example.cpp" line="176"/>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <location filename="../plugins/train/sft_example.cpp" line="181"/>
        <source>%1 has no record to show</source>
        <translation>%1 hat keinen Eintrag, der angezeigt werden kann</translation>
    </message>
    <message>
        <location filename="../plugins/train/sft_example.cpp" line="182"/>
        <source>no record of the first ones reads as %1 (%2)</source>
        <translation>keiner der ersten Einträge lässt sich als %1 lesen (%2)</translation>
    </message>
</context>
<context>
    <name>adaptlab::train_panel::GenerateProcess</name>
    <message>
        <location filename="../plugins/train/generate_process.cpp" line="48"/>
        <source>%1 could not be started: %2</source>
        <translation>%1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <location filename="../plugins/train/generate_process.cpp" line="95"/>
        <source>Generation failed (exit code %1): %2</source>
        <translation>Generierung fehlgeschlagen (Exit-Code %1): %2</translation>
    </message>
    <message>
        <location filename="../plugins/train/generate_process.cpp" line="97"/>
        <source>no message</source>
        <translation>keine Meldung</translation>
    </message>
    <message>
        <location filename="../plugins/train/generate_process.cpp" line="105"/>
        <source>Generation printed no result (expected a JSON object with &quot;text&quot;).</source>
        <translation>Die Generierung lieferte kein Ergebnis (erwartet wurde ein JSON-Objekt mit &quot;text&quot;).</translation>
    </message>
</context>
<context>
    <name>adaptlab::train_panel::GenerateTab</name>
    <message>
        <location filename="../plugins/train/generate_tab.cpp" line="37"/>
        <source>The beginning of a text for the model to continue</source>
        <translation>Der Anfang eines Textes, den das Modell fortsetzen soll</translation>
    </message>
    <message>
        <location filename="../plugins/train/generate_tab.cpp" line="43"/>
        <source>The prefix&apos;s label, as the MeCo run was trained with (URL, Source, ...).</source>
        <translation>Die Bezeichnung des Präfixes, mit der der MeCo-Lauf trainiert wurde (URL, Source, ...).</translation>
    </message>
    <message>
        <location filename="../plugins/train/generate_tab.cpp" line="46"/>
        <source>Empty: plain. e.g. en.wikipedia.org or foldoc</source>
        <translation>Leer: ohne. z. B. en.wikipedia.org oder foldoc</translation>
    </message>
    <message>
        <location filename="../plugins/train/generate_tab.cpp" line="47"/>
        <source>A MeCo run&apos;s checkpoint can be steered: the prompt starts with &quot;LABEL: VALUE&quot; and a blank line, as its documents did before the cooldown.</source>
        <translation>Der Checkpoint eines MeCo-Laufs lässt sich steuern: Der Prompt beginnt mit „LABEL: WERT“ und einer Leerzeile, wie seine Dokumente vor dem Cooldown.</translation>
    </message>
    <message>
        <location filename="../plugins/train/generate_tab.cpp" line="53"/>
        <source>How many tokens the model adds at most (it stops earlier at its end-of-text token).</source>
        <translation>Wie viele Tokens das Modell höchstens anfügt (es hört früher bei seinem Textende-Token auf).</translation>
    </message>
    <message>
        <location filename="../plugins/train/generate_tab.cpp" line="59"/>
        <source>0 always takes the likeliest token; higher values give more varied, less sure text.</source>
        <translation>0 nimmt immer das wahrscheinlichste Token; höhere Werte ergeben abwechslungsreicheren, weniger sicheren Text.</translation>
    </message>
    <message>
        <location filename="../plugins/train/generate_tab.cpp" line="62"/>
        <source>The same seed gives the same text.</source>
        <translation>Derselbe Seed ergibt denselben Text.</translation>
    </message>
    <message>
        <location filename="../plugins/train/generate_tab.cpp" line="63"/>
        <source>Generate</source>
        <translation>Generieren</translation>
    </message>
    <message>
        <location filename="../plugins/train/generate_tab.cpp" line="75"/>
        <source>Model:</source>
        <translation>Modell:</translation>
    </message>
    <message>
        <location filename="../plugins/train/generate_tab.cpp" line="76"/>
        <source>Prompt:</source>
        <translation>Prompt:</translation>
    </message>
    <message>
        <location filename="../plugins/train/generate_tab.cpp" line="81"/>
        <source>Condition on metadata:</source>
        <translation>Auf Metadaten konditionieren:</translation>
    </message>
    <message>
        <location filename="../plugins/train/generate_tab.cpp" line="83"/>
        <source>Max new tokens:</source>
        <translation>Max. neue Tokens:</translation>
    </message>
    <message>
        <location filename="../plugins/train/generate_tab.cpp" line="86"/>
        <source>Temperature:</source>
        <translation>Temperatur:</translation>
    </message>
    <message>
        <location filename="../plugins/train/generate_tab.cpp" line="89"/>
        <source>Seed:</source>
        <translation>Seed:</translation>
    </message>
    <message>
        <location filename="../plugins/train/generate_tab.cpp" line="98"/>
        <source>Try a checkpoint on a prompt of your own: the prompt is shown in grey, what the model added in black. A model early in training repeats itself or makes up words; watch that change as the loss falls.</source>
        <translation>Probieren Sie einen Checkpoint mit einem eigenen Prompt aus: Der Prompt erscheint grau, was das Modell angefügt hat, schwarz. Ein Modell am Anfang des Trainings wiederholt sich oder erfindet Wörter; beobachten Sie, wie sich das ändert, während der Verlust fällt.</translation>
    </message>
    <message>
        <location filename="../plugins/train/generate_tab.cpp" line="115"/>
        <source>Run %1 · LoRA adapter on its base</source>
        <translation>Lauf %1 · LoRA-Adapter auf seinem Basismodell</translation>
    </message>
    <message>
        <location filename="../plugins/train/generate_tab.cpp" line="118"/>
        <source>Base %1 with the adapter %2 applied</source>
        <translation>Basismodell %1 mit angewendetem Adapter %2</translation>
    </message>
    <message>
        <location filename="../plugins/train/generate_tab.cpp" line="121"/>
        <source>Run %1 · final model</source>
        <translation>Lauf %1 · fertiges Modell</translation>
    </message>
    <message>
        <location filename="../plugins/train/generate_tab.cpp" line="122"/>
        <source>Run %1 · step %2</source>
        <translation>Lauf %1 · Schritt %2</translation>
    </message>
    <message>
        <location filename="../plugins/train/generate_tab.cpp" line="132"/>
        <source>No checkpoint yet: a run keeps one every save_every steps and at its end.</source>
        <translation>Noch kein Checkpoint: Ein Lauf speichert alle save_every Schritte und an seinem Ende einen.</translation>
    </message>
    <message>
        <location filename="../plugins/train/generate_tab.cpp" line="189"/>
        <source>Choose a checkpoint first.</source>
        <translation>Wählen Sie zuerst einen Checkpoint.</translation>
    </message>
    <message>
        <location filename="../plugins/train/generate_tab.cpp" line="193"/>
        <source>Type a prompt first.</source>
        <translation>Geben Sie zuerst einen Prompt ein.</translation>
    </message>
    <message>
        <location filename="../plugins/train/generate_tab.cpp" line="197"/>
        <source>Generating…</source>
        <translation>Wird generiert…</translation>
    </message>
    <message numerus="yes">
        <location filename="../plugins/train/generate_tab.cpp" line="213"/>
        <source>%n new token(s).</source>
        <translation>
            <numerusform>%n neues Token.</numerusform>
            <numerusform>%n neue Tokens.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>adaptlab::train_panel::LaunchScriptDialog</name>
    <message>
        <location filename="../plugins/train/launch_script_dialog.cpp" line="46"/>
        <source>Export launch script</source>
        <translation>Startskript exportieren</translation>
    </message>
    <message>
        <location filename="../plugins/train/launch_script_dialog.cpp" line="49"/>
        <source>torchrun (run the same script on every node)</source>
        <translation>torchrun (dasselbe Skript auf jedem Knoten ausführen)</translation>
    </message>
    <message>
        <location filename="../plugins/train/launch_script_dialog.cpp" line="50"/>
        <source>Slurm (submit once with sbatch)</source>
        <translation>Slurm (einmal mit sbatch einreichen)</translation>
    </message>
    <message>
        <location filename="../plugins/train/launch_script_dialog.cpp" line="53"/>
        <source>Machines taking part.</source>
        <translation>Beteiligte Rechner.</translation>
    </message>
    <message>
        <location filename="../plugins/train/launch_script_dialog.cpp" line="56"/>
        <source>Training processes per machine: one per GPU, or a few on CPU-only machines.</source>
        <translation>Trainingsprozesse pro Rechner: einer pro GPU oder einige wenige auf reinen CPU-Rechnern.</translation>
    </message>
    <message>
        <location filename="../plugins/train/launch_script_dialog.cpp" line="58"/>
        <source>empty: MASTER_ADDR from the environment</source>
        <translation>leer: MASTER_ADDR aus der Umgebung</translation>
    </message>
    <message>
        <location filename="../plugins/train/launch_script_dialog.cpp" line="59"/>
        <source>The host every node reaches to meet the others (torchrun with several nodes).</source>
        <translation>Der Host, den jeder Knoten erreicht, um die anderen zu treffen (torchrun mit mehreren Knoten).</translation>
    </message>
    <message>
        <location filename="../plugins/train/launch_script_dialog.cpp" line="61"/>
        <location filename="../plugins/train/launch_script_dialog.cpp" line="63"/>
        <source>the cluster&apos;s default</source>
        <translation>Standard des Clusters</translation>
    </message>
    <message>
        <location filename="../plugins/train/launch_script_dialog.cpp" line="65"/>
        <source>e.g. 24:00:00</source>
        <translation>z. B. 24:00:00</translation>
    </message>
    <message>
        <location filename="../plugins/train/launch_script_dialog.cpp" line="68"/>
        <source>none requested</source>
        <translation>keine angefordert</translation>
    </message>
    <message>
        <location filename="../plugins/train/launch_script_dialog.cpp" line="77"/>
        <source>Launcher:</source>
        <translation>Starter:</translation>
    </message>
    <message>
        <location filename="../plugins/train/launch_script_dialog.cpp" line="78"/>
        <source>Nodes:</source>
        <translation>Knoten:</translation>
    </message>
    <message>
        <location filename="../plugins/train/launch_script_dialog.cpp" line="79"/>
        <source>Processes per node:</source>
        <translation>Prozesse pro Knoten:</translation>
    </message>
    <message>
        <location filename="../plugins/train/launch_script_dialog.cpp" line="80"/>
        <source>Rendezvous host:</source>
        <translation>Rendezvous-Host:</translation>
    </message>
    <message>
        <location filename="../plugins/train/launch_script_dialog.cpp" line="81"/>
        <source>Slurm partition:</source>
        <translation>Slurm-Partition:</translation>
    </message>
    <message>
        <location filename="../plugins/train/launch_script_dialog.cpp" line="82"/>
        <source>Slurm account:</source>
        <translation>Slurm-Konto:</translation>
    </message>
    <message>
        <location filename="../plugins/train/launch_script_dialog.cpp" line="83"/>
        <source>Slurm time limit:</source>
        <translation>Slurm-Zeitlimit:</translation>
    </message>
    <message>
        <location filename="../plugins/train/launch_script_dialog.cpp" line="84"/>
        <source>GPUs per node:</source>
        <translation>GPUs pro Knoten:</translation>
    </message>
    <message>
        <location filename="../plugins/train/launch_script_dialog.cpp" line="90"/>
        <source>The script starts the same training spec on every process of the cluster; they share the work as data-parallel workers. The spec names this project&apos;s folder and datasets: the cluster must see them at the same path (a shared file system), or edit the spec&apos;s paths after saving.</source>
        <translation>Das Skript startet dieselbe Trainings-Auftragsbeschreibung auf jedem Prozess des Clusters; sie teilen sich die Arbeit als datenparallele Worker. Die Auftragsbeschreibung nennt den Ordner und die Datensätze dieses Projekts: Der Cluster muss sie unter demselben Pfad sehen (ein gemeinsames Dateisystem), oder bearbeiten Sie nach dem Speichern die Pfade in der Auftragsbeschreibung.</translation>
    </message>
    <message>
        <location filename="../plugins/train/launch_script_dialog.cpp" line="140"/>
        <source>Only a Slurm script requests GPUs; torchrun uses the node&apos;s own.</source>
        <translation>Nur ein Slurm-Skript fordert GPUs an; torchrun verwendet die des Knotens.</translation>
    </message>
    <message>
        <location filename="../plugins/train/launch_script_dialog.cpp" line="141"/>
        <source>The spec trains on the CPU (params.device &quot;cpu&quot;): no GPU to request.</source>
        <translation>Die Auftragsbeschreibung trainiert auf der CPU (params.device &quot;cpu&quot;): keine GPU anzufordern.</translation>
    </message>
    <message>
        <location filename="../plugins/train/launch_script_dialog.cpp" line="142"/>
        <source>GPUs to request on every node (sbatch --gpus-per-node).</source>
        <translation>GPUs, die auf jedem Knoten angefordert werden (sbatch --gpus-per-node).</translation>
    </message>
    <message>
        <location filename="../plugins/train/launch_script_dialog.cpp" line="158"/>
        <source>Save launch script</source>
        <translation>Startskript speichern</translation>
    </message>
    <message>
        <location filename="../plugins/train/launch_script_dialog.cpp" line="158"/>
        <source>Shell scripts (*.sh)</source>
        <translation>Shell-Skripte (*.sh)</translation>
    </message>
    <message>
        <location filename="../plugins/train/launch_script_dialog.cpp" line="189"/>
        <source>Saved %1 and its spec %2.</source>
        <translation>%1 und seine Auftragsbeschreibung %2 gespeichert.</translation>
    </message>
</context>
<context>
    <name>adaptlab::train_panel::LoraBox</name>
    <message>
        <location filename="../plugins/train/lora_box.cpp" line="38"/>
        <source>LoRA adapters</source>
        <translation>LoRA-Adapter</translation>
    </message>
    <message>
        <location filename="../plugins/train/lora_box.cpp" line="42"/>
        <source>Train LoRA adapters only (the base weights stay frozen)</source>
        <translation>Nur LoRA-Adapter trainieren (die Basisgewichte bleiben eingefroren)</translation>
    </message>
    <message>
        <location filename="../plugins/train/lora_box.cpp" line="46"/>
        <source>LoRA adds two small matrices beside each chosen weight and trains only those: a fraction of the memory (no gradients or optimizer state for the frozen weights) and an adapter of a few megabytes that PEFT and this app load on top of the base, or fold into it.</source>
        <translation>LoRA fügt neben jedem ausgewählten Gewicht zwei kleine Matrizen hinzu und trainiert nur diese: ein Bruchteil des Speichers (keine Gradienten und kein Optimiererzustand für die eingefrorenen Gewichte) und ein Adapter von wenigen Megabyte, den PEFT und diese App auf das Basismodell laden oder mit ihm zusammenführen.</translation>
    </message>
    <message>
        <location filename="../plugins/train/lora_box.cpp" line="59"/>
        <source>The rank r of each adapter: how much it can change. 8 to 64 is usual; higher trains more parameters.</source>
        <translation>Der Rang r jedes Adapters: wie viel er verändern kann. Üblich sind 8 bis 64; höher trainiert mehr Parameter.</translation>
    </message>
    <message>
        <location filename="../plugins/train/lora_box.cpp" line="66"/>
        <source>The adapter&apos;s update is scaled by alpha / r: twice the rank is a common choice.</source>
        <translation>Die Aktualisierung des Adapters wird mit alpha / r skaliert: Das Doppelte des Rangs ist eine übliche Wahl.</translation>
    </message>
    <message>
        <location filename="../plugins/train/lora_box.cpp" line="73"/>
        <source>Dropout on the adapter&apos;s input while training, against over-fitting small data.</source>
        <translation>Dropout auf der Eingabe des Adapters während des Trainings, gegen Überanpassung an kleine Datenmengen.</translation>
    </message>
    <message>
        <location filename="../plugins/train/lora_box.cpp" line="81"/>
        <source>Adapt the %1_proj weight of every layer.</source>
        <translation>Das Gewicht %1_proj jeder Schicht anpassen.</translation>
    </message>
    <message>
        <location filename="../plugins/train/lora_box.cpp" line="87"/>
        <source>Rank:</source>
        <translation>Rang:</translation>
    </message>
    <message>
        <location filename="../plugins/train/lora_box.cpp" line="88"/>
        <source>Alpha:</source>
        <translation>Alpha:</translation>
    </message>
    <message>
        <location filename="../plugins/train/lora_box.cpp" line="89"/>
        <source>Dropout:</source>
        <translation>Dropout:</translation>
    </message>
    <message>
        <location filename="../plugins/train/lora_box.cpp" line="90"/>
        <source>Adapt:</source>
        <translation>Anpassen:</translation>
    </message>
    <message>
        <location filename="../plugins/train/lora_box.cpp" line="92"/>
        <source>q, k, v, o: the attention projections; gate, up, down: the MLP&apos;s. Attention only is the classic choice; adding the MLP learns more at more cost.</source>
        <translation>q, k, v, o: die Attention-Projektionen; gate, up, down: die des MLP. Nur Attention ist die klassische Wahl; mit dem MLP lernt der Adapter mehr, kostet aber mehr.</translation>
    </message>
    <message>
        <location filename="../plugins/train/lora_box.cpp" line="158"/>
        <source>Every weight is trained: %1 parameters.</source>
        <translation>Alle Gewichte werden trainiert: %1 Parameter.</translation>
    </message>
    <message>
        <location filename="../plugins/train/lora_box.cpp" line="162"/>
        <source>Tick at least one projection to adapt.</source>
        <translation>Haken Sie mindestens eine Projektion zum Anpassen an.</translation>
    </message>
    <message>
        <location filename="../plugins/train/lora_box.cpp" line="164"/>
        <source>The trainable parameters show here once the base model is read.</source>
        <translation>Die trainierbaren Parameter erscheinen hier, sobald das Basismodell gelesen ist.</translation>
    </message>
    <message>
        <location filename="../plugins/train/lora_box.cpp" line="168"/>
        <source>Trains %1 parameters: %2 of the model&apos;s %3.</source>
        <translation>Trainiert %1 Parameter: %2 der %3 des Modells.</translation>
    </message>
</context>
<context>
    <name>adaptlab::train_panel::MecoBox</name>
    <message>
        <location filename="../plugins/train/meco_box.cpp" line="53"/>
        <source>Metadata conditioning (MeCo)</source>
        <translation>Metadaten-Konditionierung (MeCo)</translation>
    </message>
    <message>
        <location filename="../plugins/train/meco_box.cpp" line="57"/>
        <source>Start each document with its metadata, then cool down on plain text</source>
        <translation>Jedes Dokument mit seinen Metadaten beginnen, dann ein Cooldown auf reinem Text</translation>
    </message>
    <message>
        <location filename="../plugins/train/meco_box.cpp" line="61"/>
        <source>For most of the run each document is preceded by its metadata (&quot;URL: en.wikipedia.org&quot;, &quot;Source: foldoc&quot;), which the model reads but is not trained to write; the last steps train on plain documents, so the model works without metadata and can be steered with it. &lt;a href=&quot;adaptlab-help:glossary#meco&quot;&gt;What MeCo is&lt;/a&gt;</source>
        <translation>Während des größten Teils des Laufs stehen vor jedem Dokument dessen Metadaten („URL: en.wikipedia.org“, „Source: foldoc“), die das Modell liest, aber nicht zu schreiben trainiert wird; die letzten Schritte trainieren auf reinen Dokumenten, sodass das Modell ohne Metadaten funktioniert und sich mit ihnen steuern lässt. &lt;a href=&quot;adaptlab-help:glossary#meco&quot;&gt;Was MeCo ist&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../plugins/train/meco_box.cpp" line="78"/>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <location filename="../plugins/train/meco_box.cpp" line="81"/>
        <source>The paper&apos;s recipe and its two ablations (Gao et al. 2025); changing a setting below makes it Custom.</source>
        <translation>Das Rezept des Papers und seine beiden Ablationen (Gao et al. 2025); wenn Sie unten eine Einstellung ändern, wird daraus „Benutzerdefiniert“.</translation>
    </message>
    <message>
        <location filename="../plugins/train/meco_box.cpp" line="87"/>
        <source>The JSON field of each record the prefix comes from: url (the URL&apos;s host, subdomains kept) or any other field such as source or topic. Records without it train plainly.</source>
        <translation>Das JSON-Feld jedes Eintrags, aus dem das Präfix stammt: url (der Host der URL, Subdomains bleiben erhalten) oder ein beliebiges anderes Feld wie source oder topic. Einträge ohne dieses Feld werden normal trainiert.</translation>
    </message>
    <message>
        <location filename="../plugins/train/meco_box.cpp" line="91"/>
        <source>The word before the value in the prefix; empty: URL for url, else the field&apos;s name capitalised.</source>
        <translation>Das Wort vor dem Wert im Präfix; leer: URL für url, sonst der Name des Felds mit großem Anfangsbuchstaben.</translation>
    </message>
    <message>
        <location filename="../plugins/train/meco_box.cpp" line="100"/>
        <source>The share of the final steps trained on plain documents, with the same optimizer state and learning-rate schedule (0: no cooldown, the paper&apos;s ablation).</source>
        <translation>Der Anteil der letzten Schritte, die auf reinen Dokumenten trainiert werden, mit demselben Optimiererzustand und Lernraten-Zeitplan (0: kein Cooldown, die Ablation des Papers).</translation>
    </message>
    <message>
        <location filename="../plugins/train/meco_box.cpp" line="102"/>
        <source>Replace the metadata by a stable hash (keeps the grouping, not the words)</source>
        <translation>Metadaten durch einen stabilen Hash ersetzen (bewahrt die Gruppierung, nicht die Wörter)</translation>
    </message>
    <message>
        <location filename="../plugins/train/meco_box.cpp" line="104"/>
        <source>Preset:</source>
        <translation>Voreinstellung:</translation>
    </message>
    <message>
        <location filename="../plugins/train/meco_box.cpp" line="105"/>
        <source>Metadata field:</source>
        <translation>Metadatenfeld:</translation>
    </message>
    <message>
        <location filename="../plugins/train/meco_box.cpp" line="106"/>
        <source>Label:</source>
        <translation>Bezeichnung:</translation>
    </message>
    <message>
        <location filename="../plugins/train/meco_box.cpp" line="107"/>
        <source>Cooldown:</source>
        <translation>Cooldown:</translation>
    </message>
    <message>
        <location filename="../plugins/train/meco_box.cpp" line="200"/>
        <source>Plain documents throughout.</source>
        <translation>Durchgehend reine Dokumente.</translation>
    </message>
    <message>
        <location filename="../plugins/train/meco_box.cpp" line="202"/>
        <source>Name the metadata field the prefixes come from.</source>
        <translation>Geben Sie das Metadatenfeld an, aus dem die Präfixe stammen.</translation>
    </message>
    <message>
        <location filename="../plugins/train/meco_box.cpp" line="208"/>
        <source>Prefix: &lt;tt&gt;%1&lt;/tt&gt;</source>
        <translation>Präfix: &lt;tt&gt;%1&lt;/tt&gt;</translation>
    </message>
    <message>
        <location filename="../plugins/train/meco_box.cpp" line="212"/>
        <source>Prefix: &lt;tt&gt;%1&lt;/tt&gt;. Steps 1-%2 with metadata, no cooldown.</source>
        <translation>Präfix: &lt;tt&gt;%1&lt;/tt&gt;. Schritte 1–%2 mit Metadaten, kein Cooldown.</translation>
    </message>
    <message>
        <location filename="../plugins/train/meco_box.cpp" line="213"/>
        <source>Prefix: &lt;tt&gt;%1&lt;/tt&gt;. Steps 1-%2 with metadata, steps %3-%4 plain (cooldown).</source>
        <translation>Präfix: &lt;tt&gt;%1&lt;/tt&gt;. Schritte 1–%2 mit Metadaten, Schritte %3–%4 ohne (Cooldown).</translation>
    </message>
</context>
<context>
    <name>adaptlab::train_panel::RunActions</name>
    <message>
        <location filename="../plugins/train/run_actions.cpp" line="58"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_actions.cpp" line="98"/>
        <source>as the input</source>
        <translation>wie die Eingabe</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_actions.cpp" line="149"/>
        <source>Merge adapter into base…</source>
        <translation>Adapter mit Basismodell zusammenführen…</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_actions.cpp" line="151"/>
        <source>Fold this LoRA run&apos;s adapter into its base model: one ordinary model folder.</source>
        <translation>Den Adapter dieses LoRA-Laufs mit seinem Basismodell zusammenführen: ein gewöhnlicher Modellordner.</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_actions.cpp" line="153"/>
        <source>Instruction-residual merge…</source>
        <translation>Instruktionsresiduum-Zusammenführung…</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_actions.cpp" line="155"/>
        <location filename="../plugins/train/run_actions.cpp" line="254"/>
        <source>Give this run&apos;s model the chat skills of an instruct model without instruction data.</source>
        <translation>Dem Modell dieses Laufs die Chat-Fähigkeiten eines Instruct-Modells geben, ohne Instruktionsdaten.</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_actions.cpp" line="157"/>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_actions.cpp" line="159"/>
        <location filename="../plugins/train/run_actions.cpp" line="257"/>
        <source>Write the model as a Hugging Face folder or a GGUF file (llama.cpp, Ollama).</source>
        <translation>Das Modell als Hugging-Face-Ordner oder GGUF-Datei schreiben (llama.cpp, Ollama).</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_actions.cpp" line="161"/>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_actions.cpp" line="180"/>
        <location filename="../plugins/train/run_actions.cpp" line="371"/>
        <source>Model:</source>
        <translation>Modell:</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_actions.cpp" line="250"/>
        <source>This run trained a LoRA adapter: merge it into its base first; Export… then offers the merged model.</source>
        <translation>Dieser Lauf hat einen LoRA-Adapter trainiert: Führen Sie ihn zuerst mit seinem Basismodell zusammen; „Exportieren…“ bietet dann das zusammengeführte Modell an.</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_actions.cpp" line="262"/>
        <source>Merge and export are offered once the run has finished.</source>
        <translation>Zusammenführen und Exportieren stehen bereit, sobald der Lauf abgeschlossen ist.</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_actions.cpp" line="269"/>
        <source>Written: %1</source>
        <translation>Geschrieben: %1</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_actions.cpp" line="278"/>
        <source>Merge adapter into base</source>
        <translation>Adapter mit Basismodell zusammenführen</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_actions.cpp" line="284"/>
        <source>Base model:</source>
        <translation>Basismodell:</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_actions.cpp" line="284"/>
        <source>Base model folder</source>
        <translation>Ordner des Basismodells</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_actions.cpp" line="285"/>
        <source>Adapter:</source>
        <translation>Adapter:</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_actions.cpp" line="286"/>
        <source>Adapter folder (adapter_config.json)</source>
        <translation>Adapter-Ordner (adapter_config.json)</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_actions.cpp" line="289"/>
        <location filename="../plugins/train/run_actions.cpp" line="333"/>
        <source>Output name:</source>
        <translation>Ausgabename:</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_actions.cpp" line="292"/>
        <location filename="../plugins/train/run_actions.cpp" line="336"/>
        <location filename="../plugins/train/run_actions.cpp" line="378"/>
        <source>Weights as:</source>
        <translation>Gewichte als:</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_actions.cpp" line="296"/>
        <location filename="../plugins/train/run_actions.cpp" line="342"/>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_actions.cpp" line="294"/>
        <source>Every adapted weight becomes W + (alpha / r) · B·A: one ordinary model that loads without the adapter, written inside a new merge run&apos;s folder.</source>
        <translation>Jedes angepasste Gewicht wird zu W + (alpha / r) · B·A: ein gewöhnliches Modell, das sich ohne den Adapter laden lässt, geschrieben in den Ordner eines neuen Zusammenführungslaufs.</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_actions.cpp" line="314"/>
        <source>Instruction-residual merge</source>
        <translation>Instruktionsresiduum-Zusammenführung</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_actions.cpp" line="318"/>
        <source>Domain model (CPT):</source>
        <translation>Domänenmodell (CPT):</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_actions.cpp" line="319"/>
        <source>The continued pre-trained model</source>
        <translation>Das fortgesetzt vortrainierte Modell</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_actions.cpp" line="320"/>
        <source>Instruct model:</source>
        <translation>Instruct-Modell:</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_actions.cpp" line="321"/>
        <source>The instruction-tuned model of the same base</source>
        <translation>Das Instruct-Modell desselben Basismodells</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_actions.cpp" line="322"/>
        <source>Its base model:</source>
        <translation>Dessen Basismodell:</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_actions.cpp" line="323"/>
        <source>The base the instruct model was tuned from</source>
        <translation>Das Basismodell, von dem aus das Instruct-Modell feinabgestimmt wurde</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_actions.cpp" line="330"/>
        <source>Lambda:</source>
        <translation>Lambda:</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_actions.cpp" line="338"/>
        <source>The merged model is CPT + lambda × (instruct − base): what instruction tuning changed in the base, added to your domain model, so it follows instructions without instruction data of your own (Hirano &amp; Imajo). Lambda 1 adds all of it; less keeps more of the domain model, more pushes the chat behaviour harder. All three must share one architecture and vocabulary: the merge refuses otherwise.</source>
        <translation>Das zusammengeführte Modell ist CPT + lambda × (instruct − base): das, was das Instruction-Tuning am Basismodell verändert hat, addiert zu Ihrem Domänenmodell, sodass es Anweisungen befolgt, ohne dass Sie eigene Instruktionsdaten brauchen (Hirano &amp; Imajo). Lambda 1 addiert alles; weniger bewahrt mehr vom Domänenmodell, mehr verstärkt das Chat-Verhalten. Alle drei müssen dieselbe Architektur und dasselbe Vokabular haben, sonst wird die Zusammenführung abgelehnt.</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_actions.cpp" line="363"/>
        <source>Export model</source>
        <translation>Modell exportieren</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_actions.cpp" line="371"/>
        <source>Model folder</source>
        <translation>Modellordner</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_actions.cpp" line="374"/>
        <source>GGUF file (llama.cpp, Ollama)</source>
        <translation>GGUF-Datei (llama.cpp, Ollama)</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_actions.cpp" line="375"/>
        <source>Hugging Face folder (Transformers, vLLM)</source>
        <translation>Hugging-Face-Ordner (Transformers, vLLM)</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_actions.cpp" line="376"/>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_actions.cpp" line="379"/>
        <source>Write to:</source>
        <translation>Schreiben nach:</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_actions.cpp" line="380"/>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_actions.cpp" line="396"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_actions.cpp" line="394"/>
        <source>GGUF is the one-file format llama.cpp and Ollama run; f16 halves the size at no loss that matters. A LoRA run&apos;s adapter is merged into its base first (Merge adapter into base…).</source>
        <translation>GGUF ist das Einzeldateiformat, das llama.cpp und Ollama ausführen; f16 halbiert die Größe ohne nennenswerten Verlust. Der Adapter eines LoRA-Laufs wird zuerst mit seinem Basismodell zusammengeführt („Adapter mit Basismodell zusammenführen…“).</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_actions.cpp" line="416"/>
        <source>The merge was not started: %1</source>
        <translation>Die Zusammenführung wurde nicht gestartet: %1</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_actions.cpp" line="420"/>
        <source>Merging…</source>
        <translation>Wird zusammengeführt…</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_actions.cpp" line="422"/>
        <source>Merging in run %1…</source>
        <translation>Zusammenführung in Lauf %1…</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_actions.cpp" line="425"/>
        <source>Merging in run %1: tensor %2 of %3…</source>
        <translation>Zusammenführung in Lauf %1: Tensor %2 von %3…</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_actions.cpp" line="429"/>
        <source>The merge failed: %1</source>
        <translation>Die Zusammenführung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_actions.cpp" line="448"/>
        <source>Choose the model to export and where to write it.</source>
        <translation>Wählen Sie das zu exportierende Modell und wohin es geschrieben wird.</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_actions.cpp" line="460"/>
        <source>The export failed (exit code %1): %2</source>
        <translation>Der Export ist fehlgeschlagen (Exit-Code %1): %2</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_actions.cpp" line="470"/>
        <source>The export could not start: %1</source>
        <translation>Der Export konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_actions.cpp" line="472"/>
        <source>Exporting %1 as %2 (%3)…</source>
        <translation>%1 wird als %2 (%3) exportiert…</translation>
    </message>
</context>
<context>
    <name>adaptlab::train_panel::RunTab</name>
    <message>
        <location filename="../plugins/train/run_tab.cpp" line="48"/>
        <source>loading the tokenizer</source>
        <translation>Tokenizer wird geladen</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_tab.cpp" line="50"/>
        <source>tokenizing %1</source>
        <translation>%1 wird tokenisiert</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_tab.cpp" line="52"/>
        <source>preparing the data</source>
        <translation>Daten werden vorbereitet</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_tab.cpp" line="54"/>
        <source>training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_tab.cpp" line="56"/>
        <source>measuring held-out loss</source>
        <translation>zurückgehaltener Verlust wird gemessen</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_tab.cpp" line="58"/>
        <source>saving a checkpoint</source>
        <translation>Checkpoint wird gespeichert</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_tab.cpp" line="112"/>
        <source>step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_tab.cpp" line="132"/>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_tab.cpp" line="134"/>
        <source>Ask the run to stop: it saves a checkpoint first, so it can be resumed.</source>
        <translation>Den Lauf bitten anzuhalten: Er speichert zuvor einen Checkpoint, damit er fortgesetzt werden kann.</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_tab.cpp" line="139"/>
        <source>The checkpoints this run kept.</source>
        <translation>Die Checkpoints, die dieser Lauf aufbewahrt hat.</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_tab.cpp" line="140"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_tab.cpp" line="142"/>
        <source>Start a new run of the same spec that continues from the chosen checkpoint.</source>
        <translation>Einen neuen Lauf derselben Auftragsbeschreibung starten, der vom gewählten Checkpoint aus weitermacht.</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_tab.cpp" line="144"/>
        <source>Open log</source>
        <translation>Protokoll öffnen</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_tab.cpp" line="148"/>
        <source>Run %1</source>
        <translation>Lauf %1</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_tab.cpp" line="153"/>
        <source>Run:</source>
        <translation>Lauf:</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_tab.cpp" line="157"/>
        <source>Resume from:</source>
        <translation>Fortsetzen ab:</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_tab.cpp" line="180"/>
        <source>loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_tab.cpp" line="182"/>
        <source>held-out loss</source>
        <translation>zurückgehaltener Verlust</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_tab.cpp" line="183"/>
        <source>learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_tab.cpp" line="184"/>
        <source>tokens/s</source>
        <translation>Tokens/s</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_tab.cpp" line="196"/>
        <source>Training loss (raw and smoothed)</source>
        <translation>Trainingsverlust (roh und geglättet)</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_tab.cpp" line="197"/>
        <source>Held-out loss per source</source>
        <translation>Zurückgehaltener Verlust pro Quelle</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_tab.cpp" line="198"/>
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_tab.cpp" line="199"/>
        <source>Tokens per second</source>
        <translation>Tokens pro Sekunde</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_tab.cpp" line="218"/>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_tab.cpp" line="302"/>
        <source>Run %1 · %2 · started %3</source>
        <translation>Lauf %1 · %2 · gestartet %3</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_tab.cpp" line="534"/>
        <source>about %1 left in all</source>
        <translation>insgesamt noch etwa %1</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_tab.cpp" line="267"/>
        <source>step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_tab.cpp" line="440"/>
        <source>The run&apos;s metrics could not be read: %1</source>
        <translation>Die Metriken des Laufs konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_tab.cpp" line="505"/>
        <source>No training run in this project yet: set one up and start it.</source>
        <translation>Noch kein Trainingslauf in diesem Projekt: Richten Sie einen ein und starten Sie ihn.</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_tab.cpp" line="506"/>
        <source>Choose a run to follow.</source>
        <translation>Wählen Sie einen Lauf, den Sie verfolgen möchten.</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_tab.cpp" line="522"/>
        <location filename="../plugins/train/run_tab.cpp" line="602"/>
        <location filename="../plugins/train/run_tab.cpp" line="605"/>
        <source>step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_tab.cpp" line="524"/>
        <source>after step %1</source>
        <translation>nach Schritt %1</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_tab.cpp" line="528"/>
        <source>data ready in about %1, then training</source>
        <translation>Daten in etwa %1 bereit, dann Training</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_tab.cpp" line="542"/>
        <source>loss %1</source>
        <translation>Verlust %1</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_tab.cpp" line="544"/>
        <source>%1 tokens/s</source>
        <translation>%1 Tokens/s</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_tab.cpp" line="546"/>
        <source>MFU %1</source>
        <translation>MFU %1</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_tab.cpp" line="563"/>
        <source>The process ended without a final word (it was killed).</source>
        <translation>Der Prozess endete ohne abschließende Meldung (er wurde beendet).</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_tab.cpp" line="564"/>
        <source>Exit code %1.</source>
        <translation>Exit-Code %1.</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_tab.cpp" line="565"/>
        <source>&lt;b&gt;The run failed.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Der Lauf ist fehlgeschlagen.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_tab.cpp" line="569"/>
        <source>What to try:</source>
        <translation>Was Sie versuchen können:</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_tab.cpp" line="600"/>
        <source>%1: %p%</source>
        <translation>%1: %p%</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_tab.cpp" line="602"/>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_tab.cpp" line="630"/>
        <source>Choose a run first.</source>
        <translation>Wählen Sie zuerst einen Lauf.</translation>
    </message>
</context>
<context>
    <name>adaptlab::train_panel::SetupTab</name>
    <message>
        <location filename="../plugins/train/setup_tab.cpp" line="93"/>
        <source>Training settings</source>
        <translation>Trainingseinstellungen</translation>
    </message>
    <message>
        <location filename="../plugins/train/setup_tab.cpp" line="97"/>
        <source>Fill the settings from a preset…</source>
        <translation>Einstellungen aus einer Voreinstellung übernehmen…</translation>
    </message>
    <message>
        <location filename="../plugins/train/setup_tab.cpp" line="144"/>
        <source>That is more than this machine has free: the run would likely fail. Lower micro_batch or seq_len, or choose a smaller base model.</source>
        <translation>Das ist mehr, als dieser Rechner frei hat: Der Lauf würde wahrscheinlich fehlschlagen. Verringern Sie micro_batch oder seq_len oder wählen Sie ein kleineres Basismodell.</translation>
    </message>
    <message>
        <location filename="../plugins/train/setup_tab.cpp" line="158"/>
        <source>Load spec…</source>
        <translation>Auftragsbeschreibung laden…</translation>
    </message>
    <message>
        <location filename="../plugins/train/setup_tab.cpp" line="159"/>
        <source>Fill the form from a saved training spec (spec.json).</source>
        <translation>Das Formular aus einer gespeicherten Trainings-Auftragsbeschreibung (spec.json) ausfüllen.</translation>
    </message>
    <message>
        <location filename="../plugins/train/setup_tab.cpp" line="161"/>
        <source>Save spec…</source>
        <translation>Auftragsbeschreibung speichern…</translation>
    </message>
    <message>
        <location filename="../plugins/train/setup_tab.cpp" line="162"/>
        <source>Save these choices as a spec file, to run later or from a script.</source>
        <translation>Diese Auswahl als Auftragsbeschreibung speichern, um sie später oder aus einem Skript auszuführen.</translation>
    </message>
    <message>
        <location filename="../plugins/train/setup_tab.cpp" line="164"/>
        <location filename="../plugins/train/setup_tab.cpp" line="733"/>
        <source>Preview command</source>
        <translation>Befehl anzeigen</translation>
    </message>
    <message>
        <location filename="../plugins/train/setup_tab.cpp" line="166"/>
        <source>Show the job spec and the command that runs it without the GUI.</source>
        <translation>Die Auftragsbeschreibung und den Befehl anzeigen, der sie ohne die GUI ausführt.</translation>
    </message>
    <message>
        <location filename="../plugins/train/setup_tab.cpp" line="168"/>
        <source>Export launch script…</source>
        <translation>Startskript exportieren…</translation>
    </message>
    <message>
        <location filename="../plugins/train/setup_tab.cpp" line="170"/>
        <source>Write a torchrun or Slurm script that runs this training on a cluster.</source>
        <translation>Ein torchrun- oder Slurm-Skript schreiben, das dieses Training auf einem Cluster ausführt.</translation>
    </message>
    <message>
        <location filename="../plugins/train/setup_tab.cpp" line="172"/>
        <source>Start training</source>
        <translation>Training starten</translation>
    </message>
    <message>
        <location filename="../plugins/train/setup_tab.cpp" line="195"/>
        <source>Before you start</source>
        <translation>Vor dem Start</translation>
    </message>
    <message>
        <location filename="../plugins/train/setup_tab.cpp" line="203"/>
        <location filename="../plugins/train/setup_tab.cpp" line="567"/>
        <source>This build cannot train yet (it has no train job).</source>
        <translation>Dieser Build kann noch nicht trainieren (er hat keinen Trainingsauftrag).</translation>
    </message>
    <message>
        <location filename="../plugins/train/setup_tab.cpp" line="214"/>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../plugins/train/setup_tab.cpp" line="218"/>
        <source>Continued pre-training (domain text)</source>
        <translation>Fortgesetztes Vortraining (Domänentext)</translation>
    </message>
    <message>
        <location filename="../plugins/train/setup_tab.cpp" line="219"/>
        <source>Instruction tuning (SFT: conversations)</source>
        <translation>Instruction-Tuning (SFT: Gespräche)</translation>
    </message>
    <message>
        <location filename="../plugins/train/setup_tab.cpp" line="228"/>
        <source>The model learns to answer: it reads conversations and is trained only on the assistant&apos;s replies, so it picks up the habit of following instructions.</source>
        <translation>Das Modell lernt zu antworten: Es liest Gespräche und wird nur auf den Antworten des Assistenten trainiert, so gewöhnt es sich an, Anweisungen zu befolgen.</translation>
    </message>
    <message>
        <location filename="../plugins/train/setup_tab.cpp" line="230"/>
        <location filename="../plugins/train/setup_tab.cpp" line="240"/>
        <source>The model reads your domain&apos;s text and learns to predict it, as it was first trained: it learns the domain&apos;s words and facts.</source>
        <translation>Das Modell liest den Text Ihrer Domäne und lernt, ihn vorherzusagen, wie beim ursprünglichen Training: Es lernt die Wörter und Fakten der Domäne.</translation>
    </message>
    <message>
        <location filename="../plugins/train/setup_tab.cpp" line="271"/>
        <source>Base model</source>
        <translation>Basismodell</translation>
    </message>
    <message>
        <location filename="../plugins/train/setup_tab.cpp" line="275"/>
        <source>A new model of a preset size (from scratch)</source>
        <translation>Ein neues Modell einer voreingestellten Größe (von Grund auf)</translation>
    </message>
    <message>
        <location filename="../plugins/train/setup_tab.cpp" line="276"/>
        <source>A checkpoint of an earlier run</source>
        <translation>Ein Checkpoint eines früheren Laufs</translation>
    </message>
    <message>
        <location filename="../plugins/train/setup_tab.cpp" line="277"/>
        <source>A model folder on disk (Hugging Face layout)</source>
        <translation>Ein Modellordner auf der Festplatte (Hugging-Face-Layout)</translation>
    </message>
    <message>
        <location filename="../plugins/train/setup_tab.cpp" line="295"/>
        <source>A folder with config.json and model.safetensors</source>
        <translation>Ein Ordner mit config.json und model.safetensors</translation>
    </message>
    <message>
        <location filename="../plugins/train/setup_tab.cpp" line="296"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../plugins/train/setup_tab.cpp" line="298"/>
        <source>Base model folder</source>
        <translation>Ordner des Basismodells</translation>
    </message>
    <message>
        <location filename="../plugins/train/setup_tab.cpp" line="316"/>
        <location filename="../plugins/train/setup_tab.cpp" line="406"/>
        <source>The base model&apos;s own</source>
        <translation>Der eigene des Basismodells</translation>
    </message>
    <message>
        <location filename="../plugins/train/setup_tab.cpp" line="317"/>
        <source>The tokenizer that cuts the datasets into tokens. A model can only read the tokens of the tokenizer it was trained with: keep the base model&apos;s own when it has one.</source>
        <translation>Der Tokenizer, der die Datensätze in Tokens zerlegt. Ein Modell kann nur die Tokens des Tokenizers lesen, mit dem es trainiert wurde: Behalten Sie den eigenen des Basismodells, wenn es einen hat.</translation>
    </message>
    <message>
        <location filename="../plugins/train/setup_tab.cpp" line="321"/>
        <source>Start from:</source>
        <translation>Ausgangspunkt:</translation>
    </message>
    <message>
        <location filename="../plugins/train/setup_tab.cpp" line="324"/>
        <source>Tokenizer:</source>
        <translation>Tokenizer:</translation>
    </message>
    <message>
        <location filename="../plugins/train/setup_tab.cpp" line="347"/>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <location filename="../plugins/train/setup_tab.cpp" line="351"/>
        <source>Tick the domain datasets to train on; each row of a batch comes from one of them in proportion to its weight. Replay mixes general data back in so the model keeps what it knew.</source>
        <translation>Haken Sie die Domänendatensätze an, auf denen trainiert werden soll; jede Zeile eines Batches stammt aus einem von ihnen, im Verhältnis zu seinem Gewicht. Replay mischt allgemeine Daten wieder bei, damit das Modell behält, was es wusste.</translation>
    </message>
    <message>
        <location filename="../plugins/train/setup_tab.cpp" line="356"/>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location filename="../plugins/train/setup_tab.cpp" line="356"/>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <location filename="../plugins/train/setup_tab.cpp" line="357"/>
        <source>Relative share of the domain rows.</source>
        <translation>Relativer Anteil an den Domänenzeilen.</translation>
    </message>
    <message>
        <location filename="../plugins/train/setup_tab.cpp" line="366"/>
        <location filename="../plugins/train/setup_tab.cpp" line="443"/>
        <source>No replay</source>
        <translation>Kein Replay</translation>
    </message>
    <message>
        <location filename="../plugins/train/setup_tab.cpp" line="373"/>
        <source>The share of every batch taken from the replay dataset (0.1 = 10%).</source>
        <translation>Der Anteil jedes Batches, der aus dem Replay-Datensatz stammt (0.1 = 10 %).</translation>
    </message>
    <message>
        <location filename="../plugins/train/setup_tab.cpp" line="376"/>
        <source>share:</source>
        <translation>Anteil:</translation>
    </message>
    <message>
        <location filename="../plugins/train/setup_tab.cpp" line="380"/>
        <source>Replay:</source>
        <translation>Replay:</translation>
    </message>
    <message>
        <location filename="../plugins/train/setup_tab.cpp" line="397"/>
        <source>Run %1 · final model</source>
        <translation>Lauf %1 · fertiges Modell</translation>
    </message>
    <message>
        <location filename="../plugins/train/setup_tab.cpp" line="398"/>
        <source>Run %1 · step %2</source>
        <translation>Lauf %1 · Schritt %2</translation>
    </message>
    <message>
        <location filename="../plugins/train/setup_tab.cpp" line="520"/>
        <source>the size preset &quot;%1&quot;</source>
        <translation>die Größenvoreinstellung „%1“</translation>
    </message>
    <message>
        <location filename="../plugins/train/setup_tab.cpp" line="535"/>
        <source>the tokenizer %1</source>
        <translation>der Tokenizer %1</translation>
    </message>
    <message>
        <location filename="../plugins/train/setup_tab.cpp" line="541"/>
        <location filename="../plugins/train/setup_tab.cpp" line="548"/>
        <location filename="../plugins/train/setup_tab.cpp" line="552"/>
        <source>the dataset &quot;%1&quot;</source>
        <translation>der Datensatz „%1“</translation>
    </message>
    <message>
        <location filename="../plugins/train/setup_tab.cpp" line="560"/>
        <source>Not in this project: %1.</source>
        <translation>Nicht in diesem Projekt: %1.</translation>
    </message>
    <message>
        <location filename="../plugins/train/setup_tab.cpp" line="573"/>
        <source>No run has kept a checkpoint yet: choose another base model.</source>
        <translation>Noch kein Lauf hat einen Checkpoint aufbewahrt: Wählen Sie ein anderes Basismodell.</translation>
    </message>
    <message>
        <location filename="../plugins/train/setup_tab.cpp" line="574"/>
        <source>Choose a base model.</source>
        <translation>Wählen Sie ein Basismodell.</translation>
    </message>
    <message>
        <location filename="../plugins/train/setup_tab.cpp" line="576"/>
        <source>The base model cannot be used: %1</source>
        <translation>Das Basismodell kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <location filename="../plugins/train/setup_tab.cpp" line="578"/>
        <source>Tick at least one instruction dataset to tune on.</source>
        <translation>Haken Sie mindestens einen Instruktionsdatensatz für das Tuning an.</translation>
    </message>
    <message>
        <location filename="../plugins/train/setup_tab.cpp" line="580"/>
        <source>Tick at least one dataset to train on.</source>
        <translation>Haken Sie mindestens einen Datensatz zum Trainieren an.</translation>
    </message>
    <message>
        <location filename="../plugins/train/setup_tab.cpp" line="582"/>
        <source>LoRA adapts no projection: tick at least one of q, k, v, o, gate, up, down.</source>
        <translation>LoRA passt keine Projektion an: Haken Sie mindestens eine von q, k, v, o, gate, up, down an.</translation>
    </message>
    <message>
        <location filename="../plugins/train/setup_tab.cpp" line="584"/>
        <source>A new model has no tokenizer of its own: choose one of the project&apos;s tokenizers.</source>
        <translation>Ein neues Modell hat keinen eigenen Tokenizer: Wählen Sie einen der Tokenizer des Projekts.</translation>
    </message>
    <message>
        <location filename="../plugins/train/setup_tab.cpp" line="587"/>
        <source>The base model&apos;s folder has no tokenizer: choose one of the project&apos;s tokenizers.</source>
        <translation>Der Ordner des Basismodells enthält keinen Tokenizer: Wählen Sie einen der Tokenizer des Projekts.</translation>
    </message>
    <message>
        <location filename="../plugins/train/setup_tab.cpp" line="607"/>
        <source>Settings filled from &quot;%1&quot;.</source>
        <translation>Einstellungen aus „%1“ übernommen.</translation>
    </message>
    <message>
        <location filename="../plugins/train/setup_tab.cpp" line="639"/>
        <source>Reading the model&apos;s configuration…</source>
        <translation>Die Konfiguration des Modells wird gelesen…</translation>
    </message>
    <message>
        <location filename="../plugins/train/setup_tab.cpp" line="647"/>
        <source>No run has kept a checkpoint yet.</source>
        <translation>Noch kein Lauf hat einen Checkpoint aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../plugins/train/setup_tab.cpp" line="652"/>
        <source>Cannot be used: %1</source>
        <translation>Nicht verwendbar: %1</translation>
    </message>
    <message>
        <location filename="../plugins/train/setup_tab.cpp" line="704"/>
        <source>The memory and time a run needs show here once the base model is chosen.</source>
        <translation>Speicher und Zeit, die ein Lauf braucht, erscheinen hier, sobald das Basismodell gewählt ist.</translation>
    </message>
    <message>
        <location filename="../plugins/train/setup_tab.cpp" line="717"/>
        <source>&lt;b&gt;Memory:&lt;/b&gt; cannot be estimated: %1</source>
        <translation>&lt;b&gt;Speicher:&lt;/b&gt; kann nicht geschätzt werden: %1</translation>
    </message>
    <message>
        <location filename="../plugins/train/setup_tab.cpp" line="719"/>
        <source>&lt;b&gt;Memory:&lt;/b&gt; estimating…</source>
        <translation>&lt;b&gt;Speicher:&lt;/b&gt; wird geschätzt…</translation>
    </message>
    <message>
        <location filename="../plugins/train/setup_tab.cpp" line="721"/>
        <source>&lt;b&gt;Time:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Zeit:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../plugins/train/setup_tab.cpp" line="741"/>
        <source>The same run without the GUI: save the spec as spec.json in the project folder and run the command there.</source>
        <translation>Derselbe Lauf ohne die GUI: Speichern Sie die Auftragsbeschreibung als spec.json im Projektordner und führen Sie den Befehl dort aus.</translation>
    </message>
    <message>
        <location filename="../plugins/train/setup_tab.cpp" line="760"/>
        <source>Load training spec</source>
        <translation>Trainings-Auftragsbeschreibung laden</translation>
    </message>
    <message>
        <location filename="../plugins/train/setup_tab.cpp" line="760"/>
        <location filename="../plugins/train/setup_tab.cpp" line="767"/>
        <source>Specs (*.json)</source>
        <translation>Auftragsbeschreibungen (*.json)</translation>
    </message>
    <message>
        <location filename="../plugins/train/setup_tab.cpp" line="767"/>
        <source>Save training spec</source>
        <translation>Trainings-Auftragsbeschreibung speichern</translation>
    </message>
    <message>
        <location filename="../plugins/train/setup_tab.cpp" line="784"/>
        <source>%1 is too large for a spec.</source>
        <translation>%1 ist zu groß für eine Auftragsbeschreibung.</translation>
    </message>
    <message>
        <location filename="../plugins/train/setup_tab.cpp" line="786"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../plugins/train/setup_tab.cpp" line="795"/>
        <source>Loaded %1.</source>
        <translation>%1 geladen.</translation>
    </message>
    <message>
        <location filename="../plugins/train/setup_tab.cpp" line="799"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../plugins/train/setup_tab.cpp" line="815"/>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>adaptlab::train_panel::SftBox</name>
    <message>
        <location filename="../plugins/train/sft_box.cpp" line="36"/>
        <source>Alpaca (instruction, input, output)</source>
        <translation>Alpaca (instruction, input, output)</translation>
    </message>
    <message>
        <location filename="../plugins/train/sft_box.cpp" line="38"/>
        <source>ShareGPT (conversations: from, value)</source>
        <translation>ShareGPT (conversations: from, value)</translation>
    </message>
    <message>
        <location filename="../plugins/train/sft_box.cpp" line="39"/>
        <source>Chat (messages: role, content)</source>
        <translation>Chat (messages: role, content)</translation>
    </message>
    <message>
        <location filename="../plugins/train/sft_box.cpp" line="45"/>
        <source>Llama-2 chat ([INST] … [/INST])</source>
        <translation>Llama-2-Chat ([INST] … [/INST])</translation>
    </message>
    <message>
        <location filename="../plugins/train/sft_box.cpp" line="47"/>
        <source>Zephyr (&lt;|user|&gt; … &lt;|assistant|&gt;)</source>
        <translation>Zephyr (&lt;|user|&gt; … &lt;|assistant|&gt;)</translation>
    </message>
    <message>
        <location filename="../plugins/train/sft_box.cpp" line="49"/>
        <source>Alpaca (### Instruction: … ### Response:)</source>
        <translation>Alpaca (### Instruction: … ### Response:)</translation>
    </message>
    <message>
        <location filename="../plugins/train/sft_box.cpp" line="50"/>
        <source>ChatML (&lt;|im_start|&gt; … &lt;|im_end|&gt;)</source>
        <translation>ChatML (&lt;|im_start|&gt; … &lt;|im_end|&gt;)</translation>
    </message>
    <message>
        <location filename="../plugins/train/sft_box.cpp" line="55"/>
        <source>Instruction data</source>
        <translation>Instruktionsdaten</translation>
    </message>
    <message>
        <location filename="../plugins/train/sft_box.cpp" line="60"/>
        <source>Tick the instruction datasets to tune on. Each record is a conversation; the shape of the records is detected from the first one (change it if the guess is wrong).</source>
        <translation>Haken Sie die Instruktionsdatensätze an, auf denen getunt werden soll. Jeder Eintrag ist ein Gespräch; die Form der Einträge wird am ersten erkannt (ändern Sie sie, wenn die Vermutung falsch ist).</translation>
    </message>
    <message>
        <location filename="../plugins/train/sft_box.cpp" line="65"/>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location filename="../plugins/train/sft_box.cpp" line="65"/>
        <source>Records look like</source>
        <translation>Einträge haben die Form</translation>
    </message>
    <message>
        <location filename="../plugins/train/sft_box.cpp" line="83"/>
        <source>How a conversation is written out as the text the model reads: the markers around each turn. A model tuned with one template should be prompted with the same.</source>
        <translation>Wie ein Gespräch als der Text ausgeschrieben wird, den das Modell liest: die Markierungen um jeden Redebeitrag. Ein Modell, das mit einer Vorlage getunt wurde, sollte mit derselben gepromptet werden.</translation>
    </message>
    <message>
        <location filename="../plugins/train/sft_box.cpp" line="101"/>
        <source>Pack several examples into each sequence</source>
        <translation>Mehrere Beispiele in jede Sequenz packen</translation>
    </message>
    <message>
        <location filename="../plugins/train/sft_box.cpp" line="106"/>
        <source>Packing fills each sequence with whole examples one after another, so no compute goes to padding; attention stays inside each example, so they do not see each other. Off: one example per sequence, padded.</source>
        <translation>Packing füllt jede Sequenz mit ganzen Beispielen hintereinander, sodass keine Rechenzeit auf Padding entfällt; die Attention bleibt innerhalb jedes Beispiels, sodass sie einander nicht sehen. Aus: ein Beispiel pro Sequenz, mit Padding aufgefüllt.</translation>
    </message>
    <message>
        <location filename="../plugins/train/sft_box.cpp" line="113"/>
        <source>Chat template:</source>
        <translation>Chat-Vorlage:</translation>
    </message>
    <message>
        <location filename="../plugins/train/sft_box.cpp" line="120"/>
        <source>The first example, as the model is trained on it</source>
        <translation>Das erste Beispiel, so wie das Modell darauf trainiert wird</translation>
    </message>
    <message>
        <location filename="../plugins/train/sft_box.cpp" line="220"/>
        <source>%1
Records look like: %2</source>
        <translation>%1
Einträge haben die Form: %2</translation>
    </message>
    <message>
        <location filename="../plugins/train/sft_box.cpp" line="227"/>
        <source>%1
The first record is none of the instruction shapes.</source>
        <translation>%1
Der erste Eintrag hat keine der Instruktionsformen.</translation>
    </message>
    <message>
        <location filename="../plugins/train/sft_box.cpp" line="242"/>
        <source>Looking for the base model&apos;s chat template…</source>
        <translation>Chat-Vorlage des Basismodells wird gesucht…</translation>
    </message>
    <message>
        <location filename="../plugins/train/sft_box.cpp" line="282"/>
        <source>The base model&apos;s tokenizer_config.json could not be read (%1): choose the template.</source>
        <translation>Die tokenizer_config.json des Basismodells konnte nicht gelesen werden (%1): Wählen Sie die Vorlage.</translation>
    </message>
    <message>
        <location filename="../plugins/train/sft_box.cpp" line="284"/>
        <source>Recognised from the base model&apos;s own chat template: prompt the tuned model the same way.</source>
        <translation>Anhand der eigenen Chat-Vorlage des Basismodells erkannt: Prompten Sie das getunte Modell auf dieselbe Weise.</translation>
    </message>
    <message>
        <location filename="../plugins/train/sft_box.cpp" line="286"/>
        <source>The base model ships the %1 template; you chose another.</source>
        <translation>Das Basismodell bringt die Vorlage %1 mit; Sie haben eine andere gewählt.</translation>
    </message>
    <message>
        <location filename="../plugins/train/sft_box.cpp" line="288"/>
        <source>The base model&apos;s own chat template is none of these: choose the closest.</source>
        <translation>Die eigene Chat-Vorlage des Basismodells ist keine von diesen: Wählen Sie die ähnlichste.</translation>
    </message>
    <message>
        <location filename="../plugins/train/sft_box.cpp" line="290"/>
        <source>The base model has no chat template of its own: choose one.</source>
        <translation>Das Basismodell hat keine eigene Chat-Vorlage: Wählen Sie eine.</translation>
    </message>
    <message>
        <location filename="../plugins/train/sft_box.cpp" line="308"/>
        <source>Tick a dataset to see its first example here.</source>
        <translation>Haken Sie einen Datensatz an, um hier sein erstes Beispiel zu sehen.</translation>
    </message>
    <message>
        <location filename="../plugins/train/sft_box.cpp" line="309"/>
        <source>Choose a tokenizer to see the first example as tokens.</source>
        <translation>Wählen Sie einen Tokenizer, um das erste Beispiel als Tokens zu sehen.</translation>
    </message>
    <message>
        <location filename="../plugins/train/sft_box.cpp" line="320"/>
        <source>Rendering the first example…</source>
        <translation>Erstes Beispiel wird aufbereitet…</translation>
    </message>
    <message>
        <location filename="../plugins/train/sft_box.cpp" line="333"/>
        <source>The example cannot be shown: %1</source>
        <translation>Das Beispiel kann nicht angezeigt werden: %1</translation>
    </message>
    <message>
        <location filename="../plugins/train/sft_box.cpp" line="336"/>
        <source>&lt;span style=&quot;background-color: %1;&quot;&gt;&amp;nbsp;trained&amp;nbsp;&lt;/span&gt; &lt;span style=&quot;color: %2;&quot;&gt;context&lt;/span&gt; · %3 of %4 tokens trained (line %5)</source>
        <translation>&lt;span style=&quot;background-color: %1;&quot;&gt;&amp;nbsp;trainiert&amp;nbsp;&lt;/span&gt; &lt;span style=&quot;color: %2;&quot;&gt;Kontext&lt;/span&gt; · %3 von %4 Tokens trainiert (Zeile %5)</translation>
    </message>
    <message>
        <location filename="../plugins/train/sft_box.cpp" line="344"/>
        <source> · cut at the sequence length</source>
        <translation> · bei der Sequenzlänge abgeschnitten</translation>
    </message>
</context>
<context>
    <name>adaptlab::train_panel::TrainPanel</name>
    <message>
        <location filename="../plugins/train/train_panel.cpp" line="52"/>
        <source>Train</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../plugins/train/train_panel.cpp" line="53"/>
        <source>Continued pre-training teaches a model your domain by letting it read domain text, predicting each next token as it did when it was first trained. Mix your domain datasets with some general data (replay) so it keeps what it knew, watch the training loss fall and the held-out loss of each source, stop when you like and resume from any kept checkpoint, then try the model on a prompt. Instruction tuning (SFT) then teaches it to answer, on conversations with the loss on the replies only, with LoRA adapters if you like; finished runs are merged and exported from the Run tab.</source>
        <translation>Fortgesetztes Vortraining bringt einem Modell Ihre Domäne bei, indem es Domänentext liest und dabei jedes nächste Token vorhersagt, wie beim ursprünglichen Training. Mischen Sie Ihre Domänendatensätze mit etwas allgemeinen Daten (Replay), damit es behält, was es wusste, beobachten Sie, wie der Trainingsverlust und der zurückgehaltene Verlust jeder Quelle fallen, halten Sie an, wann Sie möchten, setzen Sie von jedem aufbewahrten Checkpoint aus fort und probieren Sie das Modell dann an einem Prompt aus. Instruction-Tuning (SFT) bringt ihm danach das Antworten bei, auf Gesprächen mit dem Verlust nur auf den Antworten, auf Wunsch mit LoRA-Adaptern; abgeschlossene Läufe werden im Reiter „Lauf“ zusammengeführt und exportiert.</translation>
    </message>
    <message>
        <location filename="../plugins/train/train_panel.cpp" line="61"/>
        <source>&lt;a href=&quot;adaptlab-help:guide#train&quot;&gt;The Train step in the guide&lt;/a&gt; · &lt;a href=&quot;adaptlab-help:glossary#cpt&quot;&gt;continued pre-training&lt;/a&gt; · &lt;a href=&quot;adaptlab-help:glossary#replay&quot;&gt;replay&lt;/a&gt; · &lt;a href=&quot;adaptlab-help:glossary#sft&quot;&gt;instruction tuning&lt;/a&gt; · &lt;a href=&quot;adaptlab-help:glossary#lora&quot;&gt;LoRA&lt;/a&gt; · &lt;a href=&quot;adaptlab-help:glossary#chat-template&quot;&gt;chat template&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;adaptlab-help:guide#train&quot;&gt;Der Schritt „Training“ in der Anleitung&lt;/a&gt; · &lt;a href=&quot;adaptlab-help:glossary#cpt&quot;&gt;fortgesetztes Vortraining&lt;/a&gt; · &lt;a href=&quot;adaptlab-help:glossary#replay&quot;&gt;Replay&lt;/a&gt; · &lt;a href=&quot;adaptlab-help:glossary#sft&quot;&gt;Instruction-Tuning&lt;/a&gt; · &lt;a href=&quot;adaptlab-help:glossary#lora&quot;&gt;LoRA&lt;/a&gt; · &lt;a href=&quot;adaptlab-help:glossary#chat-template&quot;&gt;Chat-Vorlage&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../plugins/train/train_panel.cpp" line="70"/>
        <source>Open or create a project (File menu) to train in it.</source>
        <translation>Öffnen oder erstellen Sie ein Projekt (Menü „Datei“), um darin zu trainieren.</translation>
    </message>
    <message>
        <location filename="../plugins/train/train_panel.cpp" line="79"/>
        <source>Set up</source>
        <translation>Einrichten</translation>
    </message>
    <message>
        <location filename="../plugins/train/train_panel.cpp" line="80"/>
        <source>Base model, data and settings of a new run.</source>
        <translation>Basismodell, Daten und Einstellungen eines neuen Laufs.</translation>
    </message>
    <message>
        <location filename="../plugins/train/train_panel.cpp" line="87"/>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <location filename="../plugins/train/train_panel.cpp" line="88"/>
        <source>Follow a run live; stop it or resume it.</source>
        <translation>Einen Lauf live verfolgen; ihn anhalten oder fortsetzen.</translation>
    </message>
    <message>
        <location filename="../plugins/train/train_panel.cpp" line="89"/>
        <source>Generate</source>
        <translation>Generieren</translation>
    </message>
    <message>
        <location filename="../plugins/train/train_panel.cpp" line="90"/>
        <source>Prompt a checkpoint and read its continuation.</source>
        <translation>Einem Checkpoint einen Prompt geben und seine Fortsetzung lesen.</translation>
    </message>
    <message>
        <location filename="../plugins/train/train_panel.cpp" line="195"/>
        <source>The project store could not be read: %1</source>
        <translation>Der Projektspeicher konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../plugins/train/train_panel.cpp" line="237"/>
        <location filename="../plugins/train/train_panel.cpp" line="251"/>
        <source>Not started: %1</source>
        <translation>Nicht gestartet: %1</translation>
    </message>
    <message>
        <location filename="../plugins/train/train_panel.cpp" line="241"/>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <location filename="../plugins/train/train_panel.cpp" line="243"/>
        <source>Run %1 started.</source>
        <translation>Lauf %1 gestartet.</translation>
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
        <location filename="../app/gui/main.cpp" line="179"/>
        <source>Unknown language &quot;%1&quot;; use en, de or zh_CN.</source>
        <translation>Unbekannte Sprache „%1“; verwenden Sie en, de oder zh_CN.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="203"/>
        <source>Cannot open project %1: %2</source>
        <translation>Projekt %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="214"/>
        <source>No panel or step is called &quot;%1&quot;. Known: %2</source>
        <translation>Kein Panel und kein Schritt heißt „%1“. Bekannt: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="225"/>
        <source>Cannot write the screenshot to %1</source>
        <translation>Der Screenshot kann nicht nach %1 geschrieben werden</translation>
    </message>
</context>
</TS>
